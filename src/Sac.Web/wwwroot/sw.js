// The finder's page without a connection: its page, scripts, styles and regulation lists come from the network when it
// answers (and are kept), from the cache when it does not. The findings kept meanwhile (pending-findings.js) are sent
// by the page when it is open, and by Background Sync, where the browser has it, when it is not. Served from the root so
// that its scope covers the page.
'use strict';

importScripts('js/pending-findings.js');

const cacheName = 'sac-finder-v1';
const scope = new URL(self.registration.scope);
const findingPage = new URL('Findings/New', scope).pathname;
const infractions = new URL('Findings/Infractions', scope).pathname;
const assets = ['css/', 'js/', 'lib/'].map(folder => new URL(folder, scope).pathname);

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', event => event.waitUntil(
    caches.keys()
        .then(names => Promise.all(names.filter(name => name !== cacheName).map(name => caches.delete(name))))
        .then(() => self.clients.claim())));

/** The page names what it loaded before this worker was in charge of it (its assets, its regulation list). */
self.addEventListener('message', event => {
    if (event.data && Array.isArray(event.data.keep)) {
        event.waitUntil(caches.open(cacheName).then(cache => cache.addAll(event.data.keep.filter(kept))));
    }
});

function kept(url) {
    const path = new URL(url, scope).pathname;
    return path === findingPage || path === infractions || assets.some(folder => path.startsWith(folder));
}

self.addEventListener('fetch', event => {
    const request = event.request;
    const url = new URL(request.url);
    if (url.origin !== scope.origin) {
        return;
    }
    if (request.method === 'GET' && kept(request.url)) {
        event.respondWith(networkFirst(request));
    } else if (request.method === 'POST' && request.mode === 'navigate' && url.pathname === findingPage) {
        event.respondWith(postOrKeep(request));
    }
});

/** The phone thought it was online (the page keeps offline findings itself), but the form's post did not get through. */
async function postOrKeep(request) {
    const copy = request.clone();
    try {
        return await fetch(request);
    } catch {
        const form = await copy.formData();
        await self.PendingFindings.keep(form, form.get('InfractionCode'));
        return Response.redirect(`${findingPage}?kept=true`, 303);
    }
}

async function networkFirst(request) {
    const cache = await caches.open(cacheName);
    try {
        const response = await fetch(request);
        // A redirect (to the sign-in page) is not the finder's page.
        if (response.ok && !response.redirected && response.type === 'basic') {
            await cache.put(request, response.clone());
        }
        return response;
    } catch (offline) {
        const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' }) || await sameMunicipality(cache, request);
        if (cached) {
            return cached;
        }
        throw offline;
    }
}

/** The regulation list of another date for the same municipality beats none: the finder can still choose. */
async function sameMunicipality(cache, request) {
    const wanted = new URL(request.url);
    if (wanted.pathname !== infractions) {
        return undefined;
    }
    const keys = await cache.keys();
    const match = keys.find(key => {
        const url = new URL(key.url);
        return url.pathname === infractions && url.searchParams.get('municipality') === wanted.searchParams.get('municipality');
    });
    return match ? cache.match(match) : undefined;
}

self.addEventListener('sync', event => {
    if (event.tag === 'pending-findings') {
        event.waitUntil(self.PendingFindings
            .sendAll({ page: findingPage, send: new URL('Findings/Queued', scope).pathname })
            .then(tellPages));
    }
});

async function tellPages() {
    const pages = await self.clients.matchAll({ type: 'window' });
    pages.forEach(page => page.postMessage({ pendingChanged: true }));
}
