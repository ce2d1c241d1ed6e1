// The deal board: drag a card to another column (SortableJS) or pick "Move to…" in its menu; the
// move is posted with htmx, whose answer replaces the column headers out of band. A lost stage first
// asks for the closing reason; cancelling, or a refused move, puts the card back where it was.
(() => {
    let pending = null;

    const csrf = () => {
        const input = document.querySelector('#board-csrf input[type="hidden"]');
        return input ? {[input.name]: input.value} : {};
    };

    const board = () => document.getElementById('board-columns');

    const putBack = (move) => {
        const before = move.from.children[move.oldIndex] || null;
        move.from.insertBefore(move.card, before);
    };

    const showError = (text) => {
        const error = document.getElementById('board-error');
        if (error) {
            error.textContent = text;
            error.classList.toggle('d-none', !text);
        }
    };

    const post = (move, closingReasonId) => {
        const root = board();
        const values = Object.assign({stageId: move.to.dataset.stageId}, csrf());
        if (closingReasonId) {
            values.closingReasonId = closingReasonId;
        }
        const url = root.dataset.moveUrl + encodeURIComponent(move.card.dataset.dealId) + '/stage?' + root.dataset.filterQuery;
        move.card.addEventListener('htmx:afterRequest', (event) => {
            if (!event.detail.successful) {
                putBack(move);
                showError(root.dataset.error);
            } else {
                showError('');
                move.card.querySelectorAll('[data-move-to]').forEach((item) => {
                    item.closest('li').hidden = item.dataset.moveTo === move.to.dataset.stageId;
                });
            }
        }, {once: true});
        htmx.ajax('POST', url, {source: move.card, values: values, swap: 'none'});
    };

    const askReason = (move) => {
        const dialog = document.getElementById('board-lost-dialog');
        const form = document.getElementById('board-lost-form');
        const reason = document.getElementById('board-lost-reason');
        pending = move;
        reason.value = '';
        reason.classList.remove('is-invalid');
        document.getElementById('board-lost-deal').textContent = move.card.dataset.dealName;
        const modal = bootstrap.Modal.getOrCreateInstance(dialog);
        form.onsubmit = (event) => {
            event.preventDefault();
            if (!reason.value) {
                reason.classList.add('is-invalid');
                reason.focus();
                return;
            }
            const confirmed = pending;
            pending = null;
            modal.hide();
            post(confirmed, reason.value);
        };
        dialog.addEventListener('hidden.bs.modal', () => {
            if (pending) {
                putBack(pending);
                pending = null;
            }
        }, {once: true});
        dialog.addEventListener('shown.bs.modal', () => reason.focus(), {once: true});
        modal.show();
    };

    const moved = (move) => {
        if (move.from === move.to) {
            return;
        }
        if (move.to.closest('[data-outcome]').dataset.outcome === 'LOST') {
            askReason(move);
        } else {
            post(move);
        }
    };

    const initialise = (root) => {
        root.querySelectorAll('ol.board-cards').forEach((list) => {
            if (list.dataset.sortable) {
                return;
            }
            list.dataset.sortable = 'true';
            Sortable.create(list, {
                group: 'deals',
                draggable: '.board-card',
                filter: '.board-more, .dropdown, a',
                preventOnFilter: false,
                forceFallback: true,
                animation: 120,
                onEnd: (event) => moved({card: event.item, from: event.from, to: event.to, oldIndex: event.oldIndex}),
            });
        });
    };

    // The keyboard way: "Move to…" moves the card to the top of the chosen column, then as a drop would.
    document.addEventListener('click', (event) => {
        const item = event.target.closest('[data-move-to]');
        if (!item || !board() || !board().contains(item)) {
            return;
        }
        const card = item.closest('.board-card');
        const from = card.parentElement;
        const to = board().querySelector(`ol.board-cards[data-stage-id="${CSS.escape(item.dataset.moveTo)}"]`);
        if (!to) {
            return;
        }
        const oldIndex = Array.prototype.indexOf.call(from.children, card);
        to.insertBefore(card, to.firstChild);
        moved({card: card, from: from, to: to, oldIndex: oldIndex});
        card.querySelector('a').focus();
    });

    document.addEventListener('DOMContentLoaded', () => {
        htmx.onLoad((element) => {
            if (board()) {
                initialise(board().contains(element) || element.contains(board()) ? board() : element);
            }
        });
    });
})();
