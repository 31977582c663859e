//! The workspace: which panes the window shows and where (an `egui_tiles`
//! tree). The chart leads; the other views are tabs the user resizes,
//! rearranges and closes. The tree is plain data: the app keeps it, saves it
//! with the settings and resets it; `ui` draws it (and lets egui_tiles move
//! tiles about as the user drags them).

use egui_tiles::{Container, Linear, LinearDir, Tabs, Tile, TileId, Tiles, Tree};
use serde::{Deserialize, Serialize};

/// One view of the window, shown as a tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Pane {
    /// Title, headline figures, what-if and the shortfall chart.
    Chart,
    /// The regions (and their districts) as a tree.
    Regions,
    Schools,
    /// The selected area's existing schools for one year.
    Existing,
    /// The collegium's targets by year, with the plan and without it.
    Targets,
    /// Year by year: deficit, seats added, shortfall, cost, comparison.
    YearTable,
    /// The selected region's (or district's) deficit, demand and districts.
    RegionEditor,
    Map,
    /// Validation errors and warnings.
    Problems,
    /// This plan against a second scenario (File → Compare with…).
    Comparison,
    /// The files a consolidated document came from.
    Sources,
    /// Who prepared and approved the plan, and the notes on it.
    Review,
}

impl Pane {
    /// Every pane, in the order the View menu lists them.
    pub const ALL: [Pane; 12] = [
        Pane::Chart,
        Pane::Regions,
        Pane::Schools,
        Pane::Existing,
        Pane::Targets,
        Pane::YearTable,
        Pane::RegionEditor,
        Pane::Map,
        Pane::Problems,
        Pane::Comparison,
        Pane::Sources,
        Pane::Review,
    ];

    /// The translation key of the tab's title.
    pub fn text_key(self) -> &'static str {
        match self {
            Pane::Chart => "pane-chart",
            Pane::Regions => "pane-regions",
            Pane::Schools => "pane-schools",
            Pane::Existing => "pane-existing",
            Pane::Targets => "pane-targets",
            Pane::YearTable => "pane-year-table",
            Pane::RegionEditor => "pane-region-editor",
            Pane::Map => "pane-map",
            Pane::Problems => "pane-problems",
            Pane::Comparison => "pane-comparison",
            Pane::Sources => "pane-sources",
            Pane::Review => "pane-review",
        }
    }
}

/// The panes of the tab row under the chart, by default.
const DOCK: [Pane; 8] = [
    Pane::Schools,
    Pane::Existing,
    Pane::Targets,
    Pane::YearTable,
    Pane::Map,
    Pane::Problems,
    Pane::Comparison,
    Pane::Review,
];

/// Bumped when the default layout changes so much that a remembered one
/// should give way to it.
const LAYOUT_VERSION: u32 = 1;

/// The eframe storage key of the remembered layout.
pub const STORAGE_KEY: &str = "seatplan-workspace";

/// The panes and where they are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    version: u32,
    pub tree: Tree<Pane>,
}

impl Default for Workspace {
    /// The regions on the left with the region editor under them; the chart
    /// fills the rest above a row of tabs (schools first). At 1366×768 the
    /// plot gets about three quarters of the width and half the height.
    fn default() -> Self {
        let mut tiles = Tiles::default();
        let tab = |tiles: &mut Tiles<Pane>, panes: &[Pane]| {
            let children: Vec<TileId> = panes.iter().map(|p| tiles.insert_pane(*p)).collect();
            tiles.insert_container(Tabs::new(children))
        };
        let regions = tab(&mut tiles, &[Pane::Regions]);
        let editor = tab(&mut tiles, &[Pane::RegionEditor]);
        let left = tiles.insert_container(Linear::new_binary(
            LinearDir::Vertical,
            [regions, editor],
            0.5,
        ));
        let chart = tab(&mut tiles, &[Pane::Chart]);
        let dock = tab(&mut tiles, &DOCK);
        let centre =
            tiles.insert_container(Linear::new_binary(LinearDir::Vertical, [chart, dock], 0.78));
        let root = tiles.insert_container(Linear::new_binary(
            LinearDir::Horizontal,
            [left, centre],
            // Room for "Восточно-Казахстанская область" and its figure at 1366.
            0.27,
        ));
        Workspace {
            version: LAYOUT_VERSION,
            tree: Tree::new(egui::Id::unique("workspace"), root, tiles),
        }
    }
}

impl Workspace {
    /// A workspace of `tree` (a layout built by hand, as a user would drag it).
    pub fn with_tree(tree: Tree<Pane>) -> Workspace {
        Workspace {
            version: LAYOUT_VERSION,
            tree,
        }
    }

    /// A remembered layout, if it is of this version and sound: every pane
    /// at most once, the chart among them. Anything else gives the default.
    pub fn restored(saved: Option<Workspace>) -> Workspace {
        saved
            .filter(|w| w.version == LAYOUT_VERSION && w.is_sound())
            .unwrap_or_default()
    }

    fn is_sound(&self) -> bool {
        let panes: Vec<Pane> = self.panes().collect();
        let unique = Pane::ALL
            .iter()
            .all(|p| panes.iter().filter(|q| *q == p).count() <= 1);
        unique && panes.contains(&Pane::Chart) && self.tree.root().is_some()
    }

    /// The panes in the tree, shown or not.
    pub fn panes(&self) -> impl Iterator<Item = Pane> + '_ {
        self.tree.tiles.tiles().filter_map(|t| match t {
            Tile::Pane(p) => Some(*p),
            Tile::Container(_) => None,
        })
    }

    pub fn has(&self, pane: Pane) -> bool {
        self.tree.tiles.find_pane(&pane).is_some()
    }

    /// Whether `pane` is drawn: in the tree and its tab is the active one.
    pub fn is_showing(&self, pane: Pane) -> bool {
        self.tree
            .tiles
            .find_pane(&pane)
            .is_some_and(|id| self.tree.active_tiles().contains(&id))
    }

    /// Brings `pane` to the front; a closed pane comes back as a tab beside
    /// the schools (or beside the chart when the schools are closed too).
    pub fn show(&mut self, pane: Pane) {
        if !self.has(pane) {
            self.insert(pane);
        }
        self.tree
            .make_active(|_, tile| matches!(tile, Tile::Pane(p) if *p == pane));
    }

    fn insert(&mut self, pane: Pane) {
        let id = self.tree.tiles.insert_pane(pane);
        let tabs_holding = |anchor: Pane| {
            let anchor = self.tree.tiles.find_pane(&anchor)?;
            let parent = self.tree.tiles.parent_of(anchor)?;
            matches!(
                self.tree.tiles.get(parent),
                Some(Tile::Container(Container::Tabs(_)))
            )
            .then_some(parent)
        };
        let home = DOCK.into_iter().find_map(tabs_holding);
        if let Some(Tile::Container(Container::Tabs(tabs))) =
            home.and_then(|h| self.tree.tiles.get_mut(h))
        {
            tabs.add_child(id);
            tabs.set_active(id);
            return;
        }
        // No tab row to join: the pane gets one of its own under the rest.
        let tabs = self.tree.tiles.insert_container(Tabs::new(vec![id]));
        let root = match self.tree.root() {
            Some(root) => self.tree.tiles.insert_container(Linear::new_binary(
                LinearDir::Vertical,
                [root, tabs],
                0.7,
            )),
            None => tabs,
        };
        self.tree.root = Some(root);
    }

    /// Takes `pane` out of the window; the chart always stays.
    pub fn close(&mut self, pane: Pane) {
        if pane == Pane::Chart {
            return;
        }
        if let Some(id) = self.tree.tiles.find_pane(&pane) {
            self.tree.remove_recursively(id);
        }
    }

    /// View → Reset layout.
    pub fn reset(&mut self) {
        *self = Workspace::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_layout_has_every_pane_once_but_sources() {
        let w = Workspace::default();
        let panes: Vec<Pane> = w.panes().collect();
        for p in Pane::ALL {
            let expected = usize::from(p != Pane::Sources);
            assert_eq!(panes.iter().filter(|q| **q == p).count(), expected, "{p:?}");
        }
        assert!(w.is_sound());
        assert!(w.is_showing(Pane::Chart));
        assert!(w.is_showing(Pane::Schools), "the first tab of the dock");
        assert!(!w.is_showing(Pane::Map));
    }

    #[test]
    fn showing_a_pane_brings_it_forward_or_back() {
        let mut w = Workspace::default();
        w.show(Pane::Map);
        assert!(w.is_showing(Pane::Map) && !w.is_showing(Pane::Schools));
        w.show(Pane::Sources);
        assert!(w.has(Pane::Sources) && w.is_showing(Pane::Sources));
        assert!(w.is_sound(), "still one of each");
        w.show(Pane::Sources);
        assert_eq!(w.panes().filter(|p| *p == Pane::Sources).count(), 1);
    }

    #[test]
    fn a_closed_pane_comes_back_even_without_the_dock() {
        let mut w = Workspace::default();
        for p in DOCK {
            if let Some(id) = w.tree.tiles.find_pane(&p) {
                w.tree.remove_recursively(id);
            }
        }
        w.show(Pane::Map);
        assert!(w.is_showing(Pane::Map) && w.is_showing(Pane::Chart));
    }

    #[test]
    fn a_remembered_layout_round_trips_and_a_broken_one_gives_the_default() {
        let mut w = Workspace::default();
        w.show(Pane::Map);
        let text = ron::to_string(&w).expect("serialises");
        let back: Workspace = ron::from_str(&text).expect("deserialises");
        assert_eq!(Workspace::restored(Some(back.clone())), back);

        let mut old = back.clone();
        old.version = 0;
        assert_eq!(Workspace::restored(Some(old)), Workspace::default());

        let mut no_chart = back;
        if let Some(id) = no_chart.tree.tiles.find_pane(&Pane::Chart) {
            no_chart.tree.remove_recursively(id);
        }
        assert_eq!(Workspace::restored(Some(no_chart)), Workspace::default());
    }
}
