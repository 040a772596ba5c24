// Copies the text of the element a button's data-copy names (an invitation link, a new token), which is shown only once.
(function () {
    'use strict';

    document.querySelectorAll('[data-copy]').forEach(function (button) {
        button.addEventListener('click', function () {
            var source = document.getElementById(button.dataset.copy);
            navigator.clipboard.writeText(source.value || source.textContent).then(function () {
                button.textContent = button.dataset.copied;
            });
        });
    });
}());
