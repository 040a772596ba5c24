// Statistics: draws each chart from the JSON in its canvas's data-chart attribute (type, labels, datasets) with the
// locally served Chart.js. The same figures are in the table under each chart, so nothing is lost without script.
(function () {
    'use strict';

    if (typeof Chart === 'undefined') {
        return;
    }

    var pieLike = ['doughnut', 'pie'];

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var config = JSON.parse(canvas.dataset.chart);
        var isPie = pieLike.indexOf(config.type) >= 0;
        new Chart(canvas, {
            type: config.type,
            data: { labels: config.labels, datasets: config.datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                indexAxis: canvas.closest('#chart-by-infraction') ? 'y' : 'x',
                plugins: { legend: { display: isPie || config.datasets.length > 1 } },
                scales: isPie ? {} : { y: { beginAtZero: true } }
            }
        });
    });
})();
