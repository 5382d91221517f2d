// The plain form is interactive once parsed; the next frame is when it is on screen.
requestAnimationFrame(() => performance.mark('ready'));
