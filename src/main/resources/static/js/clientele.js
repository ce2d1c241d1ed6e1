// Clientele: behaviour shared by every page. No inline scripts anywhere, so that the
// Content-Security-Policy can forbid them.
document.addEventListener('DOMContentLoaded', () => {
    // The service worker makes Clientele installable and shows an offline page when the server is out of reach.
    if ('serviceWorker' in navigator && document.body.dataset.serviceWorker) {
        navigator.serviceWorker.register(document.body.dataset.serviceWorker).catch(() => {});
    }

    // On forms that ask for it, preselect the browser's time zone while the field still holds the default.
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.querySelectorAll('form[data-browser-time-zone] select[name="timeZone"]').forEach((select) => {
        if (select.value === 'UTC' && browserZone && select.querySelector(`option[value="${CSS.escape(browserZone)}"]`)) {
            select.value = browserZone;
        }
    });

    // Copy buttons: data-copy names the field whose value they copy; data-copied is what they say then.
    document.querySelectorAll('button[data-copy]').forEach((button) => {
        button.addEventListener('click', async () => {
            const field = document.getElementById(button.dataset.copy);
            if (!field) {
                return;
            }
            field.select();
            try {
                await navigator.clipboard.writeText(field.value);
            } catch (e) {
                document.execCommand('copy');
            }
            const label = button.querySelector('span');
            if (label && button.dataset.copied) {
                label.textContent = button.dataset.copied;
            }
        });
    });

    // File inputs with data-max-bytes refuse a larger file before it is sent; the server checks again.
    document.querySelectorAll('input[type="file"][data-max-bytes]').forEach((input) => {
        input.addEventListener('change', () => {
            const tooLarge = Array.from(input.files).some((file) => file.size > Number(input.dataset.maxBytes));
            input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
            input.reportValidity();
        });
    });
});
