// Registers the service worker (assets/sw.js, generated into dist/ after each build)
// so that Samen opens without a network after the first visit. An external file
// because the Content-Security-Policy allows no inline script but trunk's loader.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch((err) => {
      // Not fatal: the app works online without it (e.g. private windows in some browsers).
      console.warn('Samen: offline use is not available:', err);
    });
  });
}
