//! Editable lists inside the dossier (requirements, providers, milestones, checklist items,
//! participants): add, edit, move up/down, remove with undo. Rows are keyed by their stable id.

use crate::components::focus::focus_id;
use crate::domain::dossier::{ChecklistItem, Dossier, Milestone, Participant, Provider, Requirement};
use crate::domain::fields::FieldId;
use crate::i18n::wizard_ui::{wt, WizardText};
use crate::i18n::Tr;
use crate::platform::new_id;
use crate::state::dossiers::Dossiers;
use crate::state::use_lang;
use leptos::prelude::*;

use super::bind::label_of;

/// An entry of an editable list.
pub trait ListItem: Clone + PartialEq + Send + Sync + 'static {
    fn id(&self) -> &str;
    fn with_id(id: String) -> Self;
    /// Whether the entry holds anything worth an undo.
    fn is_empty(&self) -> bool;
}

macro_rules! list_item {
    ($t:ty, $($field:ident),+) => {
        impl ListItem for $t {
            fn id(&self) -> &str { &self.id }
            fn with_id(id: String) -> Self { Self { id, ..Default::default() } }
            fn is_empty(&self) -> bool { true $(&& self.$field.trim().is_empty())+ }
        }
    };
}
list_item!(Requirement, text);
list_item!(Provider, name, note);
list_item!(Milestone, label, date);
list_item!(ChecklistItem, text);
list_item!(Participant, name, contact_person);

/// Accessors of one list in the dossier.
pub struct ListAccess<T: 'static> {
    pub get: fn(&Dossier) -> &Vec<T>,
    pub get_mut: fn(&mut Dossier) -> &mut Vec<T>,
}

impl<T> Clone for ListAccess<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for ListAccess<T> {}

impl<T: ListItem> ListAccess<T> {
    /// A reactive read of one field of the entry with this id.
    pub fn field<V>(self, ds: Dossiers, id: String, f: fn(&T) -> V) -> Memo<V>
    where
        V: PartialEq + Clone + Default + Send + Sync + 'static,
    {
        Memo::new(move |_| {
            ds.current.with(|d| {
                d.as_ref().and_then(|d| (self.get)(d).iter().find(|x| x.id() == id).map(f)).unwrap_or_default()
            })
        })
    }

    /// Edits the entry with this id.
    pub fn edit(self, ds: Dossiers, id: &str, f: impl FnOnce(&mut T)) {
        ds.update(|d| {
            if let Some(x) = (self.get_mut)(d).iter_mut().find(|x| x.id() == id) {
                f(x);
            }
        });
    }
}

/// A list editor. `row` renders the inputs of one entry; their first input must have the id
/// `"{anchor}-{entry id}"` so that focus can move to a new entry.
pub fn list_editor<T: ListItem>(
    ds: Dossiers,
    field: FieldId,
    access: ListAccess<T>,
    add_label: Tr,
    row: fn(Dossiers, ListAccess<T>, String) -> AnyView,
) -> impl IntoView {
    let lang = use_lang();
    let anchor = field.anchor();
    let ids = Memo::new(move |_| {
        ds.current.with(|d| {
            d.as_ref()
                .map(|d| (access.get)(d).iter().map(|x| x.id().to_string()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    // The last removed entry and its position, for undo.
    let removed = RwSignal::new(None::<(usize, T)>);
    let locked = ds.read_only;
    let add = move |_| {
        let id = new_id("i");
        ds.update(|d| (access.get_mut)(d).push(T::with_id(id.clone())));
        focus_id(format!("{anchor}-{id}"));
    };
    let undo = move |_| {
        if let Some((pos, item)) = removed.get_untracked() {
            let id = item.id().to_string();
            ds.update(|d| {
                let v = (access.get_mut)(d);
                let pos = pos.min(v.len());
                v.insert(pos, item);
            });
            removed.set(None);
            focus_id(format!("{anchor}-{id}"));
        }
    };
    view! {
        <div class="list-editor" id=anchor role="group" aria-labelledby=format!("{anchor}-label")>
            <p class="list-label" id=format!("{anchor}-label")>
                {move || label_of(field).get()}
            </p>
            <p class="help">{move || crate::i18n::labels::field_help(field).get(lang.get())}</p>
            <crate::components::source::Sources refs=crate::i18n::labels::field_sources(field) />
            <ol class="list-rows">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    {
                        let id_up = id.clone();
                        let id_down = id.clone();
                        let id_rm = id.clone();
                        let pos = {
                            let id = id.clone();
                            Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == id).unwrap_or(0)))
                        };
                        view! {
                            <li class="list-row">
                                <div class="list-row-fields">{row(ds, access, id.clone())}</div>
                                <div class="list-row-tools">
                                    <button
                                        type="button"
                                        class="secondary small"
                                        prop:disabled=move || locked.get() || pos.get() == 0
                                        aria-label=move || format!("{} {}", wt(lang.get()).move_up, pos.get() + 1)
                                        on:click=move |_| {
                                            let id = id_up.clone();
                                            ds.update(|d| {
                                                let v = (access.get_mut)(d);
                                                if let Some(i) = v.iter().position(|x| x.id() == id) {
                                                    if i > 0 {
                                                        v.swap(i, i - 1);
                                                    }
                                                }
                                            });
                                        }
                                    >
                                        "↑"
                                    </button>
                                    <button
                                        type="button"
                                        class="secondary small"
                                        prop:disabled={move || locked.get() || pos.get() + 1 >= ids.with(|v| v.len())}
                                        aria-label=move || format!("{} {}", wt(lang.get()).move_down, pos.get() + 1)
                                        on:click=move |_| {
                                            let id = id_down.clone();
                                            ds.update(|d| {
                                                let v = (access.get_mut)(d);
                                                if let Some(i) = v.iter().position(|x| x.id() == id) {
                                                    if i + 1 < v.len() {
                                                        v.swap(i, i + 1);
                                                    }
                                                }
                                            });
                                        }
                                    >
                                        "↓"
                                    </button>
                                    <button
                                        type="button"
                                        class="danger small"
                                        prop:disabled=move || locked.get()
                                        aria-label=move || format!("{} {}", wt(lang.get()).remove, pos.get() + 1)
                                        on:click=move |_| {
                                            let id = id_rm.clone();
                                            let mut taken = None;
                                            ds.update(|d| {
                                                let v = (access.get_mut)(d);
                                                if let Some(i) = v.iter().position(|x| x.id() == id) {
                                                    taken = Some((i, v.remove(i)));
                                                }
                                            });
                                            if let Some((i, item)) = taken {
                                                if !item.is_empty() {
                                                    removed.set(Some((i, item)));
                                                }
                                            }
                                            focus_id(format!("{anchor}-add"));
                                        }
                                    >
                                        {lang.pick(wt, |t| t.remove)}
                                    </button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ol>
            <div class="button-row">
                <button
                    type="button"
                    class="secondary"
                    id=format!("{anchor}-add")
                    prop:disabled=move || locked.get()
                    on:click=add
                >
                    "+ "
                    {lang.text(add_label)}
                </button>
                {move || {
                    removed
                        .get()
                        .is_some()
                        .then(|| {
                            view! {
                                <span class="undo" role="status">
                                    {lang.pick(wt, |t| t.removed)}
                                    " "
                                    <button type="button" class="link" on:click=undo>
                                        {lang.pick(wt, |t| t.undo)}
                                    </button>
                                </span>
                            }
                        })
                }}
            </div>
        </div>
    }
}

/// The text of one entry as an input (text area when `multiline`). Each argument is one
/// plain fact about the field; a struct for them would only be unpacked again here.
#[allow(clippy::too_many_arguments)]
pub fn row_text<T: ListItem>(
    ds: Dossiers,
    access: ListAccess<T>,
    id: String,
    anchor: &'static str,
    aria_label: fn(&WizardText) -> &'static str,
    get: fn(&T) -> String,
    set: fn(&mut T, String),
    multiline: bool,
) -> AnyView {
    let lang = use_lang();
    let value = access.field(ds, id.clone(), get);
    let input_id = format!("{anchor}-{id}");
    let on_input = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        access.edit(ds, &id, |x| set(x, v));
    };
    if multiline {
        view! {
            <textarea
                id=input_id
                rows="2"
                aria-label=move || aria_label(wt(lang.get()))
                prop:value=move || value.get()
                prop:disabled=move || ds.read_only.get()
                on:input=on_input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type="text"
                id=input_id
                aria-label=move || aria_label(wt(lang.get()))
                prop:value=move || value.get()
                prop:disabled=move || ds.read_only.get()
                on:input=on_input
            />
        }
        .into_any()
    }
}
