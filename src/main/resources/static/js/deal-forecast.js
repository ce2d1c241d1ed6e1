// The forecast chart: bars of the unweighted and the weighted amount per period, drawn from the
// table below it, which stays the accessible form of the same figures.
document.addEventListener('DOMContentLoaded', () => {
    const canvas = document.getElementById('forecast-chart');
    const rows = Array.from(document.querySelectorAll('#forecast-table tbody tr'));
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: rows.map((row) => row.dataset.label),
            datasets: [
                {label: canvas.dataset.labelAmount, data: rows.map((row) => Number(row.dataset.amount)), backgroundColor: '#9ec5fe'},
                {label: canvas.dataset.labelWeighted, data: rows.map((row) => Number(row.dataset.weighted)), backgroundColor: '#1f4e79'},
            ],
        },
        options: {responsive: true, maintainAspectRatio: false, animation: false},
    });
});
