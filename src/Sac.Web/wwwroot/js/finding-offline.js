// Findings/New without a connection: registers the service worker (sw.js) that keeps the page usable offline; a finding
// recorded offline is kept on the phone (pending-findings.js) and listed as pending; the pending findings are sent when
// the connection returns (the online event, the next page load, Background Sync where the browser has it). A refused
// one stays listed with its reasons until the finder puts it back into the form to correct it.
(function () {
    'use strict';

    const form = document.getElementById('finding-form');
    const pending = document.getElementById('pending-findings');
    const store = self.PendingFindings;
    if (!form || !pending || !store || !('indexedDB' in self)) {
        return;
    }

    const texts = pending.dataset;
    const urls = { page: texts.page, send: texts.send };
    const list = document.getElementById('pending-list');
    const count = document.getElementById('pending-count');
    const status = document.getElementById('pending-status');
    const infraction = document.getElementById('InfractionCode');
    const syncTag = 'pending-findings';

    function say(text, kind) {
        status.textContent = text;
        status.className = `alert alert-${kind}`;
    }

    function localNow() {
        const now = new Date();
        now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
        return now.toISOString().substring(0, 16);
    }

    /** A new finding gets its own externalId: a page from the cache carries the one of the finding made on it before. */
    function freshen() {
        form.elements.ExternalId.value = crypto.randomUUID();
        if (!navigator.onLine) {
            // Offline, the page is the cached one: its "now" is the moment it was cached.
            form.elements.FactsAt.value = localNow();
        }
    }

    function messages(errors) {
        return Object.values(errors).flat().join(' ');
    }

    function item(finding) {
        const entry = document.createElement('li');
        entry.className = 'list-group-item';
        entry.dataset.externalId = finding.externalId;
        const kept = new Date(finding.keptAt).toLocaleString(document.documentElement.lang, { dateStyle: 'short', timeStyle: 'short' });
        entry.textContent = `${kept} — ${finding.infraction || store.field(finding, 'InfractionCode')}`;
        if (finding.errors) {
            const reasons = document.createElement('div');
            reasons.className = 'small text-danger pending-errors';
            reasons.textContent = `${texts.refused} ${messages(finding.errors)}`;
            const correct = document.createElement('button');
            correct.type = 'button';
            correct.className = 'btn btn-outline-danger mt-2 pending-correct';
            correct.textContent = texts.correct;
            correct.addEventListener('click', () => correctInForm(finding));
            entry.append(reasons, correct);
        }
        return entry;
    }

    async function render() {
        const findings = await store.all();
        count.textContent = String(findings.length);
        list.replaceChildren(...findings.map(item));
        pending.hidden = findings.length === 0;
    }

    async function requestSync() {
        const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
        if (registration && registration.sync) {
            await registration.sync.register(syncTag);
        }
    }

    async function keepForm() {
        const label = infraction.selectedIndex > 0 ? infraction.options[infraction.selectedIndex].text : '';
        await store.keep(new FormData(form), label);
        form.reset();
        freshen();
        form.querySelector('input[name="OffenderType"]:checked').dispatchEvent(new Event('change'));
        document.getElementById('location-status').textContent = '';
        await render();
        say(texts.kept, 'warning');
        window.scrollTo(0, 0);
        requestSync().catch(() => { /* the page sends on its own when the connection returns */ });
    }

    /** Puts a refused finding back into the form, photos included, and forgets the kept copy: the form holds it now. */
    async function correctInForm(finding) {
        const type = store.field(finding, 'OffenderType');
        const radio = form.querySelector(`input[name="OffenderType"][value="${type}"]`);
        if (radio) {
            radio.checked = true;
            radio.dispatchEvent(new Event('change'));
        }
        finding.fields.filter(([name]) => name !== 'OffenderType').forEach(([name, value]) => {
            const element = form.elements.namedItem(name);
            if (element) {
                element.value = value;
            }
        });
        const photos = new DataTransfer();
        finding.photos.forEach(photo => photos.items.add(new File([photo.blob], photo.name, { type: photo.blob.type })));
        form.elements.Photos.files = photos.files;
        form.elements.ExternalId.value = crypto.randomUUID();
        await store.remove(finding.externalId);
        await render();
        say(`${texts.correcting} ${messages(finding.errors)}`, 'danger');
        window.scrollTo(0, 0);
    }

    let sending = false;

    async function sendPending() {
        if (sending || !navigator.onLine) {
            return;
        }
        sending = true;
        try {
            const outcome = await store.sendAll(urls);
            if (outcome.refused > 0) {
                say(texts.refused, 'danger');
            } else if (outcome.sent > 0) {
                say(texts.sent.replace('{0}', outcome.sent), 'success');
            }
        } catch {
            // No connection or no session after all: the findings wait for the next try.
        } finally {
            sending = false;
            await render();
        }
    }

    function registerWorker() {
        navigator.serviceWorker.addEventListener('message', event => {
            if (event.data && event.data.pendingChanged) {
                render();
            }
        });
        navigator.serviceWorker.register(texts.serviceWorker)
            .then(() => navigator.serviceWorker.ready)
            .then(registration => {
                // What this page loaded before the worker was in charge of it, so the next visit without a connection finds it.
                const keep = [urls.page, infraction.dataset.loadedFrom]
                    .concat(Array.from(document.querySelectorAll('script[src]'), script => script.src))
                    .concat(Array.from(document.querySelectorAll('link[rel="stylesheet"]'), link => link.href))
                    .filter(Boolean);
                registration.active.postMessage({ keep });
            })
            .catch(() => { /* without a worker the page still keeps and sends findings while it is open */ });
    }

    if (form.dataset.fresh === 'true') {
        freshen();
    }
    // The service worker kept a finding whose post failed, and came back here.
    if (new URLSearchParams(location.search).has('kept')) {
        say(texts.kept, 'warning');
    }
    form.addEventListener('submit', event => {
        // The no-script reload button never shows here; any other submit without a connection is kept.
        if (!navigator.onLine) {
            event.preventDefault();
            keepForm();
        }
    });
    window.addEventListener('online', sendPending);
    if ('serviceWorker' in navigator) {
        registerWorker();
    }
    render().then(sendPending);
}());
