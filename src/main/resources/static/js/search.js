// The top bar's search box: a combobox whose suggestions htmx fetches as one types.
// "/" focuses it, arrow keys move through the suggestions, Enter opens the chosen one (or the
// results page when none is chosen), Escape closes them.
document.addEventListener('DOMContentLoaded', () => {
    const form = document.querySelector('form[data-global-search]');
    if (!form) {
        return;
    }
    const input = form.querySelector('input[role="combobox"]');
    const list = document.getElementById(input.getAttribute('aria-controls'));

    const options = () => Array.from(list.querySelectorAll('[role="option"]'));
    const active = () => list.querySelector('[role="option"].active');

    const close = () => {
        list.classList.remove('show');
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    };
    const open = () => {
        if (list.children.length > 0) {
            list.classList.add('show');
            input.setAttribute('aria-expanded', 'true');
        }
    };
    const choose = (option) => {
        options().forEach((other) => {
            other.classList.toggle('active', other === option);
            other.setAttribute('aria-selected', other === option ? 'true' : 'false');
        });
        if (option) {
            input.setAttribute('aria-activedescendant', option.id);
            option.scrollIntoView({block: 'nearest'});
        } else {
            input.removeAttribute('aria-activedescendant');
        }
    };

    document.addEventListener('keydown', (event) => {
        if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        const target = event.target;
        if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) {
            return;
        }
        event.preventDefault();
        input.focus();
        input.select();
    });

    list.addEventListener('htmx:afterSwap', () => {
        choose(null);
        if (input.value.trim() === '') {
            list.replaceChildren();
            close();
        } else {
            open();
        }
    });
    input.addEventListener('input', () => {
        if (input.value.trim() === '') {
            list.replaceChildren();
            close();
        }
    });
    input.addEventListener('focus', open);

    input.addEventListener('keydown', (event) => {
        const all = options();
        const current = all.indexOf(active());
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            if (all.length === 0) {
                return;
            }
            event.preventDefault();
            open();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            const next = current < 0 ? (step > 0 ? 0 : all.length - 1) : (current + step + all.length) % all.length;
            choose(all[next]);
        } else if (event.key === 'Escape') {
            if (list.classList.contains('show')) {
                event.preventDefault();
                close();
            }
        } else if (event.key === 'Enter' && current >= 0 && list.classList.contains('show')) {
            event.preventDefault();
            window.location.assign(all[current].href);
        }
    });

    document.addEventListener('click', (event) => {
        if (!form.contains(event.target)) {
            close();
        }
    });
    form.addEventListener('focusout', (event) => {
        if (event.relatedTarget && !form.contains(event.relatedTarget)) {
            close();
        }
    });
});
