// Preloaded into electronegativity by lint-security.mjs: its only network use (fetching
// translations and Electron release notes with `got`) fails at once instead of reaching out.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: network disabled by lint:security'));
    offline.head = offline;
    offline.get = offline;
    return offline;
  }
  return load.call(this, request, parent, isMain);
};
