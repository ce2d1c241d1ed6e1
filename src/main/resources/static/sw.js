// Clientele's service worker: makes the app installable and shows a page of its own, instead of
// the browser's error, when a page cannot be reached. It keeps no customer data: only the
// offline page is cached, and every other request goes to the network untouched.
const CACHE = 'clientele-offline-v1';
const OFFLINE_PAGE = '/offline';

self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.add(new Request(OFFLINE_PAGE, {cache: 'reload'}))));
    self.skipWaiting();
});

self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
        .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
    if (event.request.mode !== 'navigate') {
        return;
    }
    event.respondWith(fetch(event.request).catch(() => caches.match(OFFLINE_PAGE)));
});
