//! The window never panics on a random scenario (issue 24): each generated
//! file is opened, every region and the country selected, the risk band and
//! presentation mode switched on, and frames drawn.

use proptest::prelude::*;
use seatplan::app::{Command, Selection};
use seatplan::io::to_ron_string;

use crate::harness::app;
use crate::properties::{config, scenario};

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn a_frame_never_panics_on_a_random_scenario(s in scenario()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("random.ron");
        std::fs::write(&file, to_ron_string(&s)).expect("write");
        // Random names may hold letters no bundled font has: tofu on screen,
        // not a crash.
        let mut h = app()
            .file(Some(file))
            .lang(seatplan::i18n::Lang::Ru)
            .max_steps(40)
            .allow_missing_glyphs()
            .build();
        h.run();
        for i in 0..s.regions.len() {
            h.state_mut().send(Command::Select(Selection::Region(i)));
            h.run();
        }
        h.state_mut().send(Command::Select(Selection::Country));
        h.state_mut().send(Command::ShowRisk(true));
        h.step();
        h.state_mut().finish_risk();
        h.run();
        h.key_press(egui::Key::F5);
        h.run();
        for _ in 0..4 {
            h.key_press(egui::Key::ArrowRight);
            h.run();
        }
        prop_assert!(h.state().view.presentation.is_some());
    }
}
