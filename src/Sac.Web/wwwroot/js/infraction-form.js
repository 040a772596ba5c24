// Municipalities/EditInfraction: the law fixes the fine of parking and traffic categories, so their
// amounts are hidden and not sent, and a note says why.
(function () {
    'use strict';

    var category = document.getElementById('Category');
    if (!category) {
        return;
    }

    var fixedByLaw = category.dataset.fixedByLaw.split(' ');
    var amounts = document.getElementById('amounts');
    var note = document.getElementById('fixed-by-law-note');

    function update() {
        var fixed = fixedByLaw.indexOf(category.value) >= 0;
        amounts.classList.toggle('d-none', fixed);
        amounts.disabled = fixed;
        note.classList.toggle('d-none', !fixed);
    }

    category.addEventListener('change', update);
    update();
}());
