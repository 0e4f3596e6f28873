'use strict';
// The review queue from the keyboard. Shortcuts use the physical key (event.code), so they
// work with an Arabic layout too; typing in a field or in the speaker search never triggers them.
document.addEventListener('DOMContentLoaded', function() {
    const form = document.getElementById('review-form');
    if (!form) {
        return;
    }
    const $ = django.jQuery;
    const speaker = $('#review_speaker');

    // Offsets count code points, as Python does (an emoji is one character there, two here).
    function offsetWithin(container, node, offset) {
        const range = document.createRange();
        range.setStart(container, 0);
        range.setEnd(node, offset);
        return Array.from(range.toString()).length;
    }

    // Fill start/end from the selection inside the paragraph; false when there is none there.
    function spanFromSelection() {
        const text = document.querySelector('.review-context .context-text');
        const selection = window.getSelection();
        if (!text || !selection.rangeCount || selection.isCollapsed) {
            return false;
        }
        const range = selection.getRangeAt(0);
        if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
            return false;
        }
        const base = parseInt(text.dataset.offset, 10);
        document.getElementById('review_start').value = base + offsetWithin(text, range.startContainer, range.startOffset);
        document.getElementById('review_end').value = base + offsetWithin(text, range.endContainer, range.endOffset);
        return true;
    }

    function decide(decision) {
        const button = form.querySelector('button[value="' + decision + '"]');
        if (button) {
            form.requestSubmit(button);
        }
    }

    form.querySelector('button[value="fix_span"]').addEventListener('click', function(event) {
        if (!spanFromSelection()) {
            event.preventDefault();
            alert(form.dataset.noSelection);
        }
    });
    form.querySelector('button[value="reassign"]').addEventListener('click', function(event) {
        if (!speaker.val()) {
            event.preventDefault();
            speaker.select2('open');
        }
    });
    // The filters apply as soon as they are picked.
    const filters = document.querySelector('.review-filters');
    $(filters).find('select').on('change', function() {
        filters.submit();
    });
    // Picking a speaker is the whole "reassign" decision.
    speaker.on('select2:select', function() {
        decide('reassign');
    });

    document.addEventListener('keydown', function(event) {
        if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
            return;
        }
        if (event.target.closest('input, textarea, select, .select2-container')) {
            return;
        }
        if ($('.select2-container--open').length) {
            return;
        }
        const button = form.querySelector('button[data-shortcut="' + event.code + '"]');
        if (!button) {
            return;
        }
        event.preventDefault();
        if (button.value === 'reassign') {
            speaker.select2('open');
        } else if (button.value === 'fix_span') {
            if (spanFromSelection()) {
                decide('fix_span');
            }
        } else {
            decide(button.value);
        }
    });
});
