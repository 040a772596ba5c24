// Findings/New: the regulation of the chosen municipality on the date of the facts, narrowed by the words typed in the
// search box (in the page's language; case and accents do not count; every word must appear in the code, the article
// or the text). The list comes as JSON through the service worker, so the last one loaded still serves offline; the
// select stays the field the form sends, and without script it shows the whole regulation.
(function () {
    'use strict';

    const municipality = document.getElementById('Municipality');
    const facts = document.getElementById('FactsAt');
    const select = document.getElementById('InfractionCode');
    const search = document.getElementById('infraction-search');
    const failed = document.getElementById('infractions-failed');
    const none = document.getElementById('infractions-none');
    if (!municipality || !select || !search) {
        return;
    }

    const placeholder = select.options[0];
    // What the server wrote into the select, until the JSON (with the articles) arrives.
    let regulation = Array.from(select.options).slice(1).map(option => ({ code: option.value, article: '', label: option.text }));
    let loadedFor = '';
    let latestRequest = 0;

    function normalized(text) {
        return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
    }

    function matches(infraction, words) {
        const haystack = normalized(`${infraction.code} ${infraction.article} ${infraction.label}`);
        return words.every(word => haystack.includes(word));
    }

    function show() {
        const words = normalized(search.value).split(/\s+/).filter(word => word.length > 0);
        const shown = regulation.filter(infraction => matches(infraction, words));
        const chosen = select.value;
        select.replaceChildren(placeholder, ...shown.map(infraction => new Option(infraction.label, infraction.code)));
        // One match is the finder's choice; a choice the words no longer cover is dropped rather than sent unseen.
        select.value = shown.length === 1 && words.length > 0 ? shown[0].code
            : shown.some(infraction => infraction.code === chosen) ? chosen : '';
        none.classList.toggle('d-none', shown.length > 0 || regulation.length === 0);
    }

    /** The date part of the datetime-local value: the regulation of that day applies. */
    function factsDate() {
        return facts && facts.value ? facts.value.substring(0, 10) : '';
    }

    async function load() {
        const params = new URLSearchParams({ municipality: municipality.value });
        if (factsDate()) {
            params.set('on', factsDate());
        }
        const url = `${municipality.dataset.infractionsUrl}?${params}`;
        if (url === loadedFor) {
            return;
        }
        const request = ++latestRequest;
        try {
            const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
            if (!response.ok) {
                throw new Error(`HTTP ${response.status}`);
            }
            const items = await response.json();
            // Only the answer to the latest change may fill the list, however the requests overtake each other.
            if (request === latestRequest) {
                regulation = items;
                loadedFor = url;
                select.dataset.loadedFrom = url;
                failed.classList.add('d-none');
                show();
            }
        } catch {
            if (request === latestRequest) {
                failed.classList.remove('d-none');
            }
        }
    }

    search.classList.remove('d-none');
    search.addEventListener('input', show);
    // A reset empties the search box: the whole list comes back once the form holds its first values again.
    select.form.addEventListener('reset', () => setTimeout(show));
    municipality.addEventListener('change', () => {
        regulation = [];
        show();
        load();
    });
    if (facts) {
        facts.addEventListener('change', load);
    }
    load();
}());
