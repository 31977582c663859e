//! Where a presentation starts (issue 24): F5 at the first slide, as
//! PowerPoint does, whatever tab is open; Shift+F5 at the slide of what the
//! window shows.

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use seatplan::app::{Pane, Selection};
use seatplan::export::{Slide, slides};
use seatplan::i18n::{Lang, tr_in};

use crate::harness::{app, click, shows_exactly};

#[test]
fn f5_on_the_map_tab_starts_at_the_title_and_shift_f5_at_the_selected_region() {
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        let mut h = app().lang(lang).max_steps(30).build();
        h.run();
        h.get_by_label(&tr_in(lang, "pane-map", &[])).click();
        h.run();
        assert!(h.state().workspace.is_showing(Pane::Map), "{lang:?}");
        let s = h.state().doc.scenario().clone();
        let karaganda = s.region_index("karaganda").expect("in the national file");
        let name = s.regions[karaganda].name.get(lang.code()).to_owned();
        click(&mut h, &name);
        assert_eq!(h.state().selection(), Selection::Region(karaganda));

        h.key_press(Key::F5);
        h.run();
        assert_eq!(h.state().view.presentation, Some(0), "{lang:?}: F5");
        assert!(
            shows_exactly(&h, s.name.get(lang.code())),
            "{lang:?}: the title slide names the scenario"
        );
        assert!(!shows_exactly(&h, &name), "{lang:?}: not Karaganda's slide");

        h.key_press(Key::Escape);
        h.run();
        assert_eq!(h.state().view.presentation, None);

        h.key_press_modifiers(Modifiers::SHIFT, Key::F5);
        h.run();
        let own = slides(&s, None)
            .iter()
            .position(|&sl| sl == Slide::Region(karaganda));
        assert!(own.is_some_and(|n| n > 2));
        assert_eq!(h.state().view.presentation, own, "{lang:?}: Shift+F5");
        assert!(shows_exactly(&h, &name), "{lang:?}: Karaganda's slide");
    }
}

/// Both are in the View menu with their keys, in each language.
#[test]
fn the_view_menu_lists_both_ways_to_start() {
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        let mut h = app().lang(lang).max_steps(30).build();
        h.run();
        click(&mut h, &tr_in(lang, "menu-view", &[]));
        for (key, shortcut) in [
            ("menu-presentation", "F5"),
            ("menu-presentation-current", "Shift+F5"),
        ] {
            let text = tr_in(lang, key, &[]);
            let item = h.get_by_label_contains(&text);
            let label = item.accesskit_node().label().unwrap_or_default();
            assert!(label.contains(shortcut), "{lang:?}: {label}");
        }
    }
}
