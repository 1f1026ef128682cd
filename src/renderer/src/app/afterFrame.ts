/**
 * Resolves once the next frame has been rendered (in a task posted from its animation frame
 * callback, which runs after that frame's style, layout and paint). For work a change needs but
 * the frame that shows it does not — sending it to the engine — so the frame comes first.
 * Without animation frames (a hidden page) it resolves after a timer instead.
 */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    const post = () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    };
    if (document.visibilityState === 'hidden') window.setTimeout(resolve, 0);
    else requestAnimationFrame(post);
  });
}
