import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/web-components-vite',
    // Its own Vite config: the project's serves demo/ with the mock plugin, which stories do not need.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
  // Storybook's own onboarding checklist would sit in the sidebar beside this project's Getting started.
  features: { sidebarOnboardingChecklist: false },
};

export default config;
