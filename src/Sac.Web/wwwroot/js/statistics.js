// Statistics: draws each chart from the JSON in its canvas's data-chart attribute (type, labels, datasets) with the
// locally served Chart.js. The same figures are in the table under each chart, so nothing is lost without script.
(function () {
    'use strict';

    if (typeof Chart === 'undefined') {
        return;
    }

    var pieLike = ['doughnut', 'pie'];
    var longestTick = 32;

    // A long label (an infraction's code and text) is cut on its axis; the tooltip and the table keep it whole.
    function shortened(value) {
        var label = this.getLabelForValue(value);
        return label.length > longestTick ? label.slice(0, longestTick - 1) + '\u2026' : label;
    }

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var config = JSON.parse(canvas.dataset.chart);
        var isPie = pieLike.indexOf(config.type) >= 0;
        var horizontal = canvas.closest('#chart-by-infraction') !== null;
        var scales = {};
        scales[horizontal ? 'x' : 'y'] = { beginAtZero: true };
        scales[horizontal ? 'y' : 'x'] = { ticks: { callback: shortened } };
        new Chart(canvas, {
            type: config.type,
            data: { labels: config.labels, datasets: config.datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                indexAxis: horizontal ? 'y' : 'x',
                plugins: { legend: { display: isPie || config.datasets.length > 1 } },
                scales: isPie ? {} : scales
            }
        });
    });
})();
