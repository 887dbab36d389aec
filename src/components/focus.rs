//! Moving focus after the DOM has changed: to a new list entry, back to the button that was
//! used, to the page's heading after navigation, to a field named in the URL's fragment. Each
//! waits for the next frame, when the element it names has rendered.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with this id on the next frame (after the DOM has changed).
pub fn focus_id(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            focus(&el);
        }
    });
}

/// Focuses the page's heading (`main .page-focus`) on the next frame, so that a screen reader
/// announces the new page and keyboard users start at the top.
pub fn focus_page_heading() {
    request_animation_frame(|| {
        if let Some(el) = document().query_selector("main .page-focus").ok().flatten() {
            focus(&el);
        }
    });
}

/// Brings the element with this id into view (centred) and focuses it, or the first control
/// inside it when it is a container (a fieldset, a list of rows). The page may still be
/// rendering (a dossier opens first): tries again on later frames, `tries` times.
pub fn focus_field_later(id: String, tries: u32) {
    request_animation_frame(move || {
        let Some(el) = document().get_element_by_id(&id) else {
            if tries > 0 {
                set_timeout(move || focus_field_later(id, tries - 1), std::time::Duration::from_millis(50));
            }
            return;
        };
        let control = if el.matches("input, textarea, select, button, a[href], [tabindex]").unwrap_or(false) {
            Some(el.clone())
        } else {
            el.query_selector("input:not([type=hidden]), textarea, select, button").ok().flatten()
        };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let target = control.unwrap_or_else(|| {
            let _ = el.set_attribute("tabindex", "-1");
            el
        });
        if let Some(t) = target.dyn_ref::<web_sys::HtmlElement>() {
            let _ = t.focus_with_options(&focus);
        }
        // The page may still replace what was focused (a dossier that finished opening
        // renders its form again): check a little later and try again if focus was lost.
        if tries > 0 {
            set_timeout(
                move || {
                    // Lost: nothing (or only the page or its heading) has focus. Focus the
                    // user moved somewhere else is left alone.
                    let lost = document().active_element().is_none_or(|a| {
                        a.tag_name().eq_ignore_ascii_case("body") || a.matches(".page-focus").unwrap_or(false)
                    });
                    if lost {
                        focus_field_later(id, tries - 1);
                    }
                },
                std::time::Duration::from_millis(250),
            );
        }
    });
}

fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
