// Clientele timeline: the rich-text editor of notes and the CSRF header of htmx requests.
// No inline scripts: the Content-Security-Policy forbids them. Without JavaScript the forms
// keep their plain text areas and post as ordinary forms.
(() => {
    'use strict';

    const ALLOWED_LINK = /^(https?:\/\/|mailto:)/i;

    // Turns one text area into a toolbar over a contenteditable area that fills the text area as it changes.
    function enhance(container) {
        if (container.dataset.enhanced) {
            return;
        }
        container.dataset.enhanced = 'true';
        const textarea = container.querySelector('textarea');
        const format = container.querySelector('input[name="bodyFormat"]');
        const label = container.querySelector('label');
        const editor = document.createElement('div');
        editor.className = 'form-control timeline-editor-area';
        editor.contentEditable = 'true';
        editor.id = textarea.id + '-editor';
        editor.setAttribute('role', 'textbox');
        editor.setAttribute('aria-multiline', 'true');
        editor.setAttribute('aria-labelledby', label.id);
        if (textarea.getAttribute('aria-describedby')) {
            editor.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
        }
        if (textarea.classList.contains('is-invalid')) {
            editor.classList.add('is-invalid');
        }
        if (textarea.value.trim() !== '') {
            editor.innerHTML = format.value === 'html' ? textarea.value : escapeText(textarea.value);
        }
        const toolbar = document.createElement('div');
        toolbar.className = 'btn-toolbar gap-1 mb-1';
        toolbar.setAttribute('role', 'toolbar');
        toolbar.setAttribute('aria-label', container.dataset.toolbarLabel);
        toolbar.setAttribute('aria-controls', editor.id);
        toolbar.append(
            button('type-bold', container.dataset.labelBold, () => document.execCommand('bold')),
            button('type-italic', container.dataset.labelItalic, () => document.execCommand('italic')),
            button('list-ul', container.dataset.labelList, () => document.execCommand('insertUnorderedList')),
            button('link-45deg', container.dataset.labelLink, () => {
                const address = window.prompt(container.dataset.linkPrompt, 'https://');
                if (address && ALLOWED_LINK.test(address.trim())) {
                    document.execCommand('createLink', false, address.trim());
                }
            }));
        const sync = () => {
            textarea.value = editor.textContent.trim() === '' ? '' : editor.innerHTML;
        };
        toolbar.addEventListener('click', () => {
            editor.focus();
            sync();
        });
        editor.addEventListener('input', sync);
        editor.addEventListener('focus', () => document.execCommand('defaultParagraphSeparator', false, 'p'));
        label.removeAttribute('for');
        label.addEventListener('click', () => editor.focus());
        textarea.hidden = true;
        textarea.after(toolbar, editor);
        format.value = 'html';
        sync();
    }

    function button(icon, label, action) {
        const element = document.createElement('button');
        element.type = 'button';
        element.className = 'btn btn-outline-secondary btn-sm';
        element.title = label;
        element.setAttribute('aria-label', label);
        const glyph = document.createElement('i');
        glyph.className = 'bi bi-' + icon;
        glyph.setAttribute('aria-hidden', 'true');
        element.append(glyph);
        // Keeps the selection in the editor while the button is pressed with the mouse.
        element.addEventListener('mousedown', (event) => event.preventDefault());
        element.addEventListener('click', action);
        return element;
    }

    function escapeText(text) {
        const holder = document.createElement('div');
        holder.textContent = text;
        return holder.innerHTML.replace(/\n/g, '<br>');
    }

    function enhanceWithin(root) {
        if (root.matches && root.matches('[data-rich-text]')) {
            enhance(root);
        }
        if (root.querySelectorAll) {
            root.querySelectorAll('[data-rich-text]').forEach(enhance);
        }
    }

    // htmx requests from the timeline carry the CSRF token the page was rendered with.
    document.addEventListener('htmx:configRequest', (event) => {
        const timeline = event.detail.elt.closest('[data-csrf-header]');
        if (timeline) {
            event.detail.headers[timeline.dataset.csrfHeader] = timeline.dataset.csrfToken;
        }
    });
    document.addEventListener('htmx:load', (event) => enhanceWithin(event.detail.elt));
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => enhanceWithin(document));
    } else {
        enhanceWithin(document);
    }
})();
