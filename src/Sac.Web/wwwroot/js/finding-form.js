// Findings/New: shows the fields of the chosen offender type, reloads the infractions when the
// municipality changes, and fills the hidden position from the device. Without script the form
// still works: every field shows, and a button reloads the infractions.
(function () {
    'use strict';

    var form = document.getElementById('finding-form');
    if (!form) {
        return;
    }

    function showOffenderFields() {
        var checked = form.querySelector('input[name="OffenderType"]:checked');
        var type = checked ? checked.value : 'Person';
        form.querySelectorAll('[data-offender]').forEach(function (section) {
            section.hidden = section.getAttribute('data-offender').split(' ').indexOf(type) < 0;
        });
    }

    form.querySelectorAll('input[name="OffenderType"]').forEach(function (radio) {
        radio.addEventListener('change', showOffenderFields);
    });
    showOffenderFields();

    var municipality = document.getElementById('Municipality');
    var infraction = document.getElementById('InfractionCode');
    var failed = document.getElementById('infractions-failed');
    // Only the answer to the latest change may fill the list, however the requests overtake each other.
    var latestRequest = 0;

    function clearInfractions() {
        while (infraction.options.length > 1) {
            infraction.remove(1);
        }
        infraction.value = '';
    }

    municipality.addEventListener('change', function () {
        var request = ++latestRequest;
        var url = municipality.dataset.infractionsUrl + '?municipality=' + encodeURIComponent(municipality.value);
        clearInfractions();
        fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then(function (items) {
                if (request !== latestRequest) {
                    return;
                }
                items.forEach(function (item) {
                    infraction.add(new Option(item.label, item.code));
                });
                failed.classList.add('d-none');
            })
            .catch(function () {
                if (request === latestRequest) {
                    failed.classList.remove('d-none');
                }
            });
    });

    var locate = document.getElementById('use-location');
    if (!locate || !('geolocation' in navigator)) {
        return;
    }

    var status = document.getElementById('location-status');
    locate.classList.remove('d-none');
    locate.addEventListener('click', function () {
        status.textContent = locate.dataset.locating;
        locate.disabled = true;
        navigator.geolocation.getCurrentPosition(function (position) {
            // Six decimals are about 10 cm: more than a phone knows, enough to find the spot again.
            var latitude = position.coords.latitude.toFixed(6);
            var longitude = position.coords.longitude.toFixed(6);
            document.getElementById('Latitude').value = latitude;
            document.getElementById('Longitude').value = longitude;
            status.textContent = locate.dataset.found.replace('{0}', latitude + ', ' + longitude);
            locate.disabled = false;
        }, function () {
            status.textContent = locate.dataset.failed;
            locate.disabled = false;
        }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
}());
