//! What-if views, the delay-risk band (with the forecast error when asked), the plan's cost and a comparison with
//! another scenario. Runtime state only: nothing here is written to the file.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use super::{LoadFailure, Modal, SeatplanApp};
use crate::i18n::tr;
use crate::io;
use crate::model::{
    ClosingCost, Comparison, DEFAULT_DRAWS, DEFAULT_SEED, DiffRow, PlanCost, Risk, RiskOptions,
    Scenario, WhatIf, closing_cost, compare_projections, diff, plan_cost, project_with, simulate,
};

/// A second scenario opened "to compare with".
pub struct CompareWith {
    pub path: PathBuf,
    pub scenario: Scenario,
}

/// What the analysis views show, and their results for the current revision.
pub struct Analysis {
    pub what_if: WhatIf,
    pub show_risk: bool,
    /// The band also draws each area's forecast error.
    pub forecast_error: bool,
    /// Size of the schools that would close the shortfall left at the horizon.
    pub closing_size: u32,
    pub compare: Option<CompareWith>,
    /// (revision, what-if, compare generation) the results below are for.
    key: Option<(u64, WhatIf, u64)>,
    compare_generation: u64,
    pub cost: Option<PlanCost>,
    pub closing: Option<ClosingCost>,
    pub comparison: Option<Comparison>,
    /// What changed from the compared file to this plan, item by item
    /// (`seatplan diff COMPARED THIS`).
    pub changes: Option<Vec<DiffRow>>,
    /// The risk band, computed on a worker thread so a frame never waits.
    pub risk: Option<Risk>,
    risk_key: Option<RiskKey>,
    risk_job: Option<(RiskKey, Receiver<Risk>)>,
}

/// What a band is for: (revision, what-if, forecast error drawn).
type RiskKey = (u64, WhatIf, bool);

impl Default for Analysis {
    fn default() -> Self {
        Analysis {
            what_if: WhatIf::NONE,
            show_risk: false,
            forecast_error: false,
            closing_size: 1_200,
            compare: None,
            key: None,
            compare_generation: 0,
            cost: None,
            closing: None,
            comparison: None,
            changes: None,
            risk: None,
            risk_key: None,
            risk_job: None,
        }
    }
}

impl Analysis {
    /// Forces cost and comparison to be recomputed on the next refresh.
    pub fn invalidate(&mut self) {
        self.key = None;
    }

    pub fn risk_pending(&self) -> bool {
        self.risk_job.is_some()
    }
}

impl SeatplanApp {
    /// Recomputes cost and comparison when the document, the what-if or the
    /// compared file changed; starts or collects the risk simulation.
    pub(super) fn refresh_analysis(&mut self, ctx: Option<&egui::Context>) {
        let revision = self.doc.revision();
        let a = &mut self.analysis;
        let key = (revision, a.what_if, a.compare_generation);
        // The costs read the derived projection: never key them to a revision
        // it is not yet for (a document replaced at the end of a frame would
        // keep the previous file's figures until the next edit).
        let derived_current =
            self.derived.revision == revision && self.derived.what_if == a.what_if;
        if derived_current && a.key != Some(key) {
            let s = self.doc.scenario();
            a.cost = Some(plan_cost(s, &a.what_if));
            a.closing = closing_cost(s, &self.derived.projection, a.closing_size);
            a.comparison = a.compare.as_ref().map(|b| {
                compare_projections(
                    &self.derived.projection,
                    s.seat_unit,
                    &project_with(&b.scenario, &a.what_if),
                    b.scenario.seat_unit,
                )
            });
            a.changes = a.compare.as_ref().map(|b| diff(&b.scenario, s));
            a.key = Some(key);
        }
        // Only the frame loop starts simulations: it can wake the window
        // when one finishes.
        if ctx.is_some() {
            self.poll_risk(revision, ctx);
        }
    }

    fn poll_risk(&mut self, revision: u64, ctx: Option<&egui::Context>) {
        let a = &mut self.analysis;
        if let Some((job_key, rx)) = &a.risk_job
            && let Ok(risk) = rx.try_recv()
        {
            a.risk_key = Some(*job_key);
            a.risk = Some(risk);
            a.risk_job = None;
        }
        let wanted = (revision, a.what_if, a.forecast_error);
        let running = a.risk_job.as_ref().map(|(k, _)| *k);
        if !a.show_risk || a.risk_key == Some(wanted) || running == Some(wanted) {
            return;
        }
        if running.is_some() {
            // One job at a time; the next frame after it finishes starts the newest.
            return;
        }
        let scenario = self.doc.scenario().clone();
        let options = RiskOptions {
            draws: DEFAULT_DRAWS,
            seed: DEFAULT_SEED,
            what_if: a.what_if,
            forecast_error: a.forecast_error,
        };
        let (tx, rx) = channel();
        let ctx = ctx.cloned();
        let spawned = std::thread::Builder::new()
            .name("risk".into())
            .spawn(move || {
                let _ = tx.send(simulate(&scenario, &options));
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        if spawned.is_ok() {
            a.risk_job = Some((wanted, rx));
        }
    }

    /// The band for the current document and what-if, if computed.
    pub fn current_risk(&self) -> Option<&Risk> {
        let a = &self.analysis;
        let wanted = (self.doc.revision(), a.what_if, a.forecast_error);
        (self.analysis.show_risk && self.analysis.risk_key == Some(wanted))
            .then_some(self.analysis.risk.as_ref())
            .flatten()
    }

    /// Waits for a running risk job (tests and exports; never called per frame).
    pub fn finish_risk(&mut self) {
        if let Some((key, rx)) = self.analysis.risk_job.take()
            && let Ok(risk) = rx.recv()
        {
            self.analysis.risk_key = Some(key);
            self.analysis.risk = Some(risk);
        }
    }

    pub(super) fn set_what_if(&mut self, what_if: WhatIf) {
        self.analysis.what_if = what_if;
        self.refresh();
    }

    /// Opens `path` as the scenario to compare with; a file that fails to
    /// load is reported and the current comparison stays.
    pub(super) fn compare_with_path(&mut self, path: &Path) {
        match io::load_path(path) {
            Ok(loaded) if !loaded.has_errors() => {
                self.analysis.compare = Some(CompareWith {
                    path: path.to_path_buf(),
                    scenario: loaded.scenario,
                });
                self.analysis.compare_generation += 1;
                self.workspace.show(super::Pane::Comparison);
            }
            Ok(loaded) => {
                self.modals.open(Modal::LoadFailure(LoadFailure {
                    path: path.to_path_buf(),
                    reason: tr("compare-has-errors"),
                    diagnostics: loaded.diagnostics,
                }));
            }
            Err(e) => self
                .modals
                .open(Modal::LoadFailure(LoadFailure::from_error(path, &e))),
        }
    }

    pub(super) fn clear_comparison(&mut self) {
        self.analysis.compare = None;
        self.analysis.compare_generation += 1;
    }
}
