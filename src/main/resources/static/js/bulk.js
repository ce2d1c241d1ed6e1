// The "select all" checkbox of a list's bulk actions ticks or clears every row of that table.
document.addEventListener('change', (event) => {
    const all = event.target.closest('[data-bulk-select-all]');
    if (!all) {
        return;
    }
    all.closest('table').querySelectorAll('input[name="ids"]').forEach((box) => {
        box.checked = all.checked;
    });
});
