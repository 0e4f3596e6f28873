'use strict';
// Picking an object in an autocomplete list filter reloads the list filtered by it.
// Bound once the page is parsed: media merging may place this file before jQuery.
document.addEventListener('DOMContentLoaded', function() {
    django.jQuery(document).on('change', '.autocomplete-filter select', function() {
        const item = this.closest('.autocomplete-filter');
        const url = new URL(item.dataset.clearUrl, window.location.href);
        if (this.value) {
            url.searchParams.set(item.dataset.param, this.value);
        }
        window.location.href = url.toString();
    });
});
