// Findings/New: shows the fields of the chosen offender type, looks the offender up in the registries,
// and fills the hidden position from the device (finding-infractions.js serves the regulation). Without
// script the form still works: every field shows, and a button reloads the infractions (the look-up
// buttons stay hidden).
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

    // Registry lookups: the National Register for a number, the vehicle registry for the holder of a plate on the date of
    // the facts. The page's own actions answer (cookie and antiforgery token); the finding's externalId is the reference.
    var lookupStatus = document.getElementById('lookup-status');
    var lookupFields = ['OffenderStreet', 'OffenderHouseNumber', 'OffenderPostalCode', 'OffenderCity', 'OffenderCountry', 'HolderPlate'];

    function field(id) {
        return document.getElementById(id);
    }

    function showLookup(text, kind) {
        lookupStatus.textContent = text || '';
        lookupStatus.className = 'small mb-3' + (kind ? ' text-' + kind : '');
    }

    // What a lookup filled in no longer holds once the finder types another offender.
    function forgetLookup() {
        lookupFields.forEach(function (id) {
            field(id).value = '';
        });
        showLookup('');
    }

    function fill(found) {
        var radio = form.querySelector('input[name="OffenderType"][value="' + found.offenderType + '"]');
        if (radio) {
            radio.checked = true;
            showOffenderFields();
        }
        var values = found.offenderType === 'Company'
            ? { EnterpriseNumber: found.enterpriseNumber, CompanyName: found.companyName, Language: found.language }
            : {
                NationalRegisterNumber: found.nationalRegisterNumber, LastName: found.lastName, FirstName: found.firstName,
                BirthDate: found.birthDate, Language: found.language
            };
        Object.keys(values).forEach(function (id) {
            field(id).value = values[id] || '';
        });
        var address = found.address || {};
        field('OffenderStreet').value = address.street || '';
        field('OffenderHouseNumber').value = address.houseNumber || '';
        field('OffenderPostalCode').value = address.postalCode || '';
        field('OffenderCity').value = address.city || '';
        field('OffenderCountry').value = address.country || '';
        field('HolderPlate').value = found.holderPlate || '';
        showLookup(found.warning ? found.summary + ' — ' + found.warning : found.summary, found.warning ? 'warning' : 'success');
    }

    function lookUp(button, values) {
        var body = new URLSearchParams(values);
        body.append('reference', field('ExternalId').value);
        body.append('__RequestVerificationToken', form.querySelector('input[name="__RequestVerificationToken"]').value);
        button.disabled = true;
        showLookup(lookupStatus.dataset.looking);
        fetch(button.dataset.url, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' }, body: body })
            .then(function (response) {
                return response.json().then(function (data) {
                    return { ok: response.ok, data: data };
                }, function () {
                    return { ok: false, data: {} };
                });
            })
            .then(function (answer) {
                if (answer.ok) {
                    fill(answer.data);
                } else {
                    showLookup(answer.data.message || lookupStatus.dataset.failed, 'danger');
                }
            })
            .catch(function () {
                showLookup(lookupStatus.dataset.failed, 'danger');
            })
            .then(function () {
                button.disabled = false;
            });
    }

    var lookupPerson = field('lookup-person');
    var lookupVehicle = field('lookup-vehicle');
    lookupPerson.classList.remove('d-none');
    lookupVehicle.classList.remove('d-none');
    lookupPerson.addEventListener('click', function () {
        lookUp(lookupPerson, { nationalRegisterNumber: field('NationalRegisterNumber').value });
    });
    lookupVehicle.addEventListener('click', function () {
        var factsAt = field('FactsAt').value;
        if ((field('Country').value || '').trim().toUpperCase() !== 'BE') {
            showLookup(lookupStatus.dataset.foreignPlate, 'danger');
        } else if (!factsAt) {
            showLookup(lookupStatus.dataset.factsFirst, 'danger');
        } else {
            // datetime-local gives the local (Brussels) moment: its first ten characters are the date of the facts.
            lookUp(lookupVehicle, { plate: field('Plate').value, at: factsAt.substring(0, 10) });
        }
    });
    ['NationalRegisterNumber', 'LastName', 'FirstName', 'BirthDate', 'EnterpriseNumber', 'CompanyName', 'Plate', 'Country'].forEach(function (id) {
        field(id).addEventListener('input', forgetLookup);
    });
    form.querySelectorAll('input[name="OffenderType"]').forEach(function (radio) {
        radio.addEventListener('change', forgetLookup);
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
            status.textContent = locate.dataset.found.replace('{0}', latitude + ', ' + longitude) + ' '
                + locate.dataset.accuracy.replace('{0}', Math.round(position.coords.accuracy));
            locate.disabled = false;
        }, function () {
            status.textContent = locate.dataset.failed;
            locate.disabled = false;
        }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
}());
