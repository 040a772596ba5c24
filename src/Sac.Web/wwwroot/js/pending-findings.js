// The findings a phone keeps while it has no connection, in IndexedDB, and their sending. Shared by the finding page
// (finding-offline.js) and the service worker (sw.js, for Background Sync), hence a plain script that defines
// self.PendingFindings. Each finding keeps the externalId the browser gave it: sent twice (an answer lost on the way),
// it still opens one case.
(function () {
    'use strict';

    const databaseName = 'sac-findings';
    const storeName = 'pending';
    const tokenField = '__RequestVerificationToken';
    const tokenInPage = /name="__RequestVerificationToken" type="hidden" value="([^"]+)"/;

    function request(idbRequest) {
        return new Promise((resolve, reject) => {
            idbRequest.onsuccess = () => resolve(idbRequest.result);
            idbRequest.onerror = () => reject(idbRequest.error);
        });
    }

    function open() {
        const opening = indexedDB.open(databaseName, 1);
        opening.onupgradeneeded = () => opening.result.createObjectStore(storeName, { keyPath: 'externalId' });
        return request(opening);
    }

    async function withStore(mode, work) {
        const database = await open();
        try {
            const transaction = database.transaction(storeName, mode);
            const result = await request(work(transaction.objectStore(storeName)));
            await new Promise((resolve, reject) => {
                transaction.oncomplete = resolve;
                transaction.onerror = () => reject(transaction.error);
            });
            return result;
        } finally {
            database.close();
        }
    }

    /**
     * Keeps what the form holds (its photos as Blobs) under a new externalId, since the form's own may already be used
     * (a page from the cache); infraction is what the pending list shows of it.
     */
    async function keep(formData, infraction) {
        const finding = { externalId: crypto.randomUUID(), keptAt: new Date().toISOString(), infraction, fields: [], photos: [], errors: null };
        for (const [name, value] of formData.entries()) {
            if (typeof value !== 'string') {
                if (value.size > 0) {
                    finding.photos.push({ field: name, name: value.name, blob: value });
                }
            } else if (name !== tokenField && name !== 'ExternalId') {
                finding.fields.push([name, value]);
            }
        }
        await withStore('readwrite', store => store.put(finding));
        return finding;
    }

    /** Oldest first. */
    async function all() {
        const findings = await withStore('readonly', store => store.getAll());
        return findings.sort((a, b) => a.keptAt.localeCompare(b.keptAt));
    }

    function put(finding) {
        return withStore('readwrite', store => store.put(finding));
    }

    function remove(externalId) {
        return withStore('readwrite', store => store.delete(externalId));
    }

    function field(finding, name) {
        const entry = finding.fields.find(([key]) => key === name);
        return entry ? entry[1] : '';
    }

    async function freshToken(pageUrl) {
        const page = await fetch(pageUrl, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' });
        const match = page.ok ? tokenInPage.exec(await page.text()) : null;
        if (!match) {
            throw new Error('No antiforgery token: signed out, or the page did not answer.');
        }
        return match[1];
    }

    function body(finding, token) {
        const data = new FormData();
        finding.fields.forEach(([name, value]) => data.append(name, value));
        finding.photos.forEach(photo => data.append(photo.field, new File([photo.blob], photo.name, { type: photo.blob.type })));
        data.append('ExternalId', finding.externalId);
        data.append(tokenField, token);
        return data;
    }

    /** The messages of a refusal, per field ("" for the finding as a whole). */
    async function reasons(response) {
        try {
            const problem = await response.json();
            return problem.errors || { '': [problem.title || String(response.status)] };
        } catch {
            return { '': [String(response.status)] };
        }
    }

    async function sendEach(urls) {
        const waiting = (await all()).filter(finding => !finding.errors);
        if (waiting.length === 0) {
            return { sent: 0, refused: 0 };
        }

        const token = await freshToken(urls.page);
        const outcome = { sent: 0, refused: 0 };
        for (const finding of waiting) {
            const response = await fetch(urls.send, {
                method: 'POST', credentials: 'same-origin', redirect: 'manual', headers: { Accept: 'application/json' }, body: body(finding, token)
            });
            if (response.ok) {
                await remove(finding.externalId);
                outcome.sent++;
            } else if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
                // A definitive refusal: kept aside with its reasons until the finder corrects it; never sent again as it is.
                finding.errors = await reasons(response);
                await put(finding);
                outcome.refused++;
            } else {
                // Signed out (a redirect), the server unwell or busy: everything waits for the next try.
                break;
            }
        }
        return outcome;
    }

    /**
     * Sends every waiting finding; the page and the service worker may both try at once, so one of them sends at a time
     * where the browser can say so (and the externalId keeps a finding sent twice to one case where it cannot).
     * Rejects when the connection or the session is missing: the findings stay for the next try.
     */
    function sendAll(urls) {
        return self.navigator.locks
            ? self.navigator.locks.request('sac-pending-findings', () => sendEach(urls))
            : sendEach(urls);
    }

    self.PendingFindings = { keep, all, put, remove, field, sendAll };
}());
