// Municipalities/EditInfraction: the law fixes the fine of parking and traffic categories, so their
// amounts are hidden and not sent, and a note says why. Only light mixed infractions ask whether the
// protocol agreement with the prosecutor waives his say.
(function () {
    'use strict';

    var category = document.getElementById('Category');
    if (!category) {
        return;
    }

    var fixedByLaw = category.dataset.fixedByLaw.split(' ');
    var waivable = category.dataset.waivable.split(' ');
    var amounts = document.getElementById('amounts');
    var note = document.getElementById('fixed-by-law-note');
    var protocol = document.getElementById('protocol');

    function update() {
        var fixed = fixedByLaw.indexOf(category.value) >= 0;
        amounts.classList.toggle('d-none', fixed);
        amounts.disabled = fixed;
        note.classList.toggle('d-none', !fixed);

        var asksProtocol = category.value === '' || waivable.indexOf(category.value) >= 0;
        protocol.classList.toggle('d-none', !asksProtocol);
        protocol.disabled = !asksProtocol;
    }

    category.addEventListener('change', update);
    update();
}());
