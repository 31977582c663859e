//! The country is never typed as an oblast (issue 24): the national demand
//! file plans Kazakhstan as one unit, and the window calls it the whole
//! country, in the region list, the details' heading and its kind row;
//! a city of republican significance stays a city.

use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{NodeT, Queryable};
use seatplan::i18n::{Lang, tr_in};

use crate::common::root;
use crate::harness::{app, click};

#[test]
fn the_national_demand_file_reads_as_the_whole_country_not_an_oblast() {
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        let t = |key| tr_in(lang, key, &[]);
        let mut h = app()
            .file(Some(root().join("scenarios/kazakhstan-demand.ron")))
            .lang(lang)
            .max_steps(30)
            .build();
        h.set_size(egui::vec2(1366.0, 768.0));
        h.run();
        // The sum of the file is the country.
        h.get_by_role_and_label(Role::Button, &t("whole-country"));
        assert!(
            h.query_by_role_and_label(Role::Button, &t("all-regions"))
                .is_none(),
            "{lang:?}"
        );
        let name = h.state().doc.scenario().regions[0]
            .name
            .get(lang.code())
            .to_owned();
        click(&mut h, &name);
        assert!(
            h.query_by_role_and_label(Role::RadioButton, &t("kind-oblast"))
                .is_none()
                && h.query_by_role_and_label(Role::RadioButton, &t("kind-city"))
                    .is_none(),
            "{lang:?}: the country is offered as neither a city nor an oblast"
        );
        // The heading and the kind row, besides the list's entry.
        let labels = h
            .query_all_by_role_and_label(Role::Label, &t("whole-country"))
            .count();
        assert_eq!(labels, 2, "{lang:?}");
        assert!(h.query_by_label(&t("region-heading")).is_none(), "{lang:?}");
    }
}

#[test]
fn a_city_of_republican_significance_is_typed_a_city() {
    for lang in [Lang::Kk, Lang::Ru] {
        let t = |key| tr_in(lang, key, &[]);
        let mut h = app().lang(lang).max_steps(30).build();
        h.run();
        let s = h.state().doc.scenario().clone();
        let astana = s.region_index("astana").expect("Astana");
        click(&mut h, s.regions[astana].name.get(lang.code()));
        let (city, oblast) = (t("kind-city"), t("kind-oblast"));
        let toggled = |label: &str| {
            h.get_by_role_and_label(Role::RadioButton, label)
                .accesskit_node()
                .toggled()
        };
        assert_eq!(toggled(&city), Some(Toggled::True), "{lang:?}");
        assert_eq!(toggled(&oblast), Some(Toggled::False), "{lang:?}");
        assert!(h.query_by_label(&t("region-heading")).is_some());
    }
}
