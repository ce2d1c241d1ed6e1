// The revenue chart: one series of bars per currency, drawn from the table below it, which stays
// the accessible form of the same figures.
document.addEventListener('DOMContentLoaded', () => {
    const canvas = document.getElementById('revenue-chart');
    const table = document.getElementById('revenue-table');
    if (!canvas || !table || typeof Chart === 'undefined') {
        return;
    }
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    const currencies = Array.from(table.querySelectorAll('thead th[data-currency]')).map((cell) => cell.dataset.currency);
    const colours = ['#1f4e79', '#9ec5fe', '#198754', '#fd7e14', '#6f42c1'];
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: rows.map((row) => row.dataset.label),
            datasets: currencies.map((currency, index) => ({
                label: currency,
                data: rows.map((row) => Number(row.querySelectorAll('td[data-amount]')[index].dataset.amount)),
                backgroundColor: colours[index % colours.length],
            })),
        },
        options: {responsive: true, maintainAspectRatio: false, animation: false},
    });
});
