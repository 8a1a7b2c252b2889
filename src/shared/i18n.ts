/**
 * UI strings and locale rules. The page's language (nearest `[lang]`) picks the strings;
 * an unsupported locale falls back by its language subtag, then to English.
 */

export type SupportedLanguage = 'en' | 'de' | 'fr' | 'uk' | 'ar';

const en = {
  loading: 'Loading…',
  errorTitle: 'This widget could not be shown',
  copyQuote: 'Copy quote',
  copied: 'Copied',
  copyFailed: 'Could not copy',
  showFullQuote: 'Show full quote',
  showLess: 'Show less',
  source: 'Source',
  updated: 'Updated {date}',
  asOf: 'As of {date}',
  dayOfWar: 'Day {n} of the war',
  issues: 'Issues',
  legend: 'Legend',
  supports: 'Supports',
  opposes: 'Opposes',
  conditional: 'Conditional',
  unclear: 'Unclear',
  'not-stated': 'Not stated',
  matrixPartyCount: 'one:{n} party|other:{n} parties',
  matrixIssueCount: 'one:{n} issue|other:{n} issues',
  matrixSummary: '{parties} on {issues}.',
  matrixIssueSummary: '{issue}: {counts}.',
  matrixCountSupports: 'one:{n} supports|other:{n} support',
  matrixCountOpposes: 'one:{n} opposes|other:{n} oppose',
  matrixCountConditional: '{n} conditional',
  matrixCountUnclear: '{n} unclear',
  matrixCountNotStated: '{n} not stated',
  matrixLegendSupports: 'In favour, as the article reports it',
  matrixLegendOpposes: 'Against, as the article reports it',
  matrixLegendConditional: 'In favour only under conditions',
  matrixLegendUnclear: 'A position is reported, but it is ambiguous',
  matrixLegendNotStated: 'The article reports no position',
  matrixPositionOf: '{party} on {issue}',
  matrixHighlighted: 'highlighted',
  evidence: 'Evidence',
  reportedByArticle: 'As the article reports it',
  close: 'Close',
  stages: 'Stages',
  timeline: 'Timeline',
  obstacles: 'Obstacles',
  next: 'Next',
  stageDone: 'Done',
  stageCurrent: 'Current stage',
  stageUpcoming: 'Upcoming',
  done: 'Done',
  scheduled: 'Scheduled',
  tentative: 'Tentative',
  cancelled: 'Cancelled',
  noDateSet: 'No date set',
  notFoundQuote: 'No quote "{id}" in story "{story}".',
  notFoundSpeaker: 'No speaker "{id}" in story "{story}".',
  noQuotes: 'Story "{story}" has no quotes.',
  notFoundParty: 'No party "{id}" in story "{story}".',
  notFoundIssue: 'No issue "{id}" in story "{story}".',
  noNegotiation: 'Story "{story}" has no negotiation part.',
  notFoundStage: 'No stage "{id}" in story "{story}".',
  statusParties: 'Parties',
  statusIssue: 'Issue: {title}',
  statusEarlierEvents: 'Show earlier events ({n})',
};

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const de: Strings = {
  loading: 'Wird geladen …',
  errorTitle: 'Dieses Element konnte nicht angezeigt werden',
  copyQuote: 'Zitat kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren nicht möglich',
  showFullQuote: 'Ganzes Zitat anzeigen',
  showLess: 'Weniger anzeigen',
  source: 'Quelle',
  updated: 'Aktualisiert am {date}',
  asOf: 'Stand: {date}',
  dayOfWar: 'Tag {n} des Krieges',
  issues: 'Themen',
  legend: 'Legende',
  supports: 'Dafür',
  opposes: 'Dagegen',
  conditional: 'Unter Bedingungen',
  unclear: 'Unklar',
  'not-stated': 'Nicht genannt',
  matrixPartyCount: 'one:{n} Partei|other:{n} Parteien',
  matrixIssueCount: 'one:{n} Thema|other:{n} Themen',
  matrixSummary: '{parties} zu {issues}.',
  matrixIssueSummary: '{issue}: {counts}.',
  matrixCountSupports: '{n} dafür',
  matrixCountOpposes: '{n} dagegen',
  matrixCountConditional: '{n} unter Bedingungen',
  matrixCountUnclear: '{n} unklar',
  matrixCountNotStated: '{n} nicht genannt',
  matrixLegendSupports: 'Dafür, wie der Artikel berichtet',
  matrixLegendOpposes: 'Dagegen, wie der Artikel berichtet',
  matrixLegendConditional: 'Nur unter Bedingungen dafür',
  matrixLegendUnclear: 'Eine Haltung wird berichtet, ist aber mehrdeutig',
  matrixLegendNotStated: 'Der Artikel nennt keine Haltung',
  matrixPositionOf: '{party} zu {issue}',
  matrixHighlighted: 'hervorgehoben',
  evidence: 'Belege',
  reportedByArticle: 'Laut Artikel',
  close: 'Schließen',
  stages: 'Phasen',
  timeline: 'Chronik',
  obstacles: 'Hindernisse',
  next: 'Als Nächstes',
  stageDone: 'Erledigt',
  stageCurrent: 'Aktuelle Phase',
  stageUpcoming: 'Bevorstehend',
  done: 'Erfolgt',
  scheduled: 'Geplant',
  tentative: 'Vorläufig',
  cancelled: 'Abgesagt',
  noDateSet: 'Kein Datum festgelegt',
  notFoundQuote: 'Kein Zitat „{id}“ in der Geschichte „{story}“.',
  notFoundSpeaker: 'Keine sprechende Person „{id}“ in der Geschichte „{story}“.',
  noQuotes: 'Die Geschichte „{story}“ enthält keine Zitate.',
  notFoundParty: 'Keine Partei „{id}“ in der Geschichte „{story}“.',
  notFoundIssue: 'Kein Thema „{id}“ in der Geschichte „{story}“.',
  noNegotiation: 'Die Geschichte „{story}“ enthält keinen Verhandlungsteil.',
  notFoundStage: 'Keine Phase „{id}“ in der Geschichte „{story}“.',
  statusParties: 'Beteiligte',
  statusIssue: 'Thema: {title}',
  statusEarlierEvents: 'Frühere Ereignisse anzeigen ({n})',
};

const fr: Strings = {
  loading: 'Chargement…',
  errorTitle: 'Ce module n’a pas pu être affiché',
  copyQuote: 'Copier la citation',
  copied: 'Copié',
  copyFailed: 'Copie impossible',
  showFullQuote: 'Afficher la citation entière',
  showLess: 'Afficher moins',
  source: 'Source',
  updated: 'Mis à jour le {date}',
  asOf: 'Au {date}',
  dayOfWar: '{n}e jour de la guerre',
  issues: 'Sujets',
  legend: 'Légende',
  supports: 'Pour',
  opposes: 'Contre',
  conditional: 'Sous conditions',
  unclear: 'Flou',
  'not-stated': 'Non précisé',
  matrixPartyCount: 'one:{n} partie|other:{n} parties',
  matrixIssueCount: 'one:{n} sujet|other:{n} sujets',
  matrixSummary: '{parties} sur {issues}.',
  matrixIssueSummary: '{issue} : {counts}.',
  matrixCountSupports: '{n} pour',
  matrixCountOpposes: '{n} contre',
  matrixCountConditional: '{n} sous conditions',
  matrixCountUnclear: 'one:{n} position floue|other:{n} positions floues',
  matrixCountNotStated: 'one:{n} non précisée|other:{n} non précisées',
  matrixLegendSupports: 'Pour, selon l’article',
  matrixLegendOpposes: 'Contre, selon l’article',
  matrixLegendConditional: 'Pour, mais seulement sous conditions',
  matrixLegendUnclear: 'Une position est rapportée, mais elle est ambiguë',
  matrixLegendNotStated: 'L’article ne rapporte aucune position',
  matrixPositionOf: '{party} sur {issue}',
  matrixHighlighted: 'mise en évidence',
  evidence: 'Preuves',
  reportedByArticle: 'Selon l’article',
  close: 'Fermer',
  stages: 'Étapes',
  timeline: 'Chronologie',
  obstacles: 'Obstacles',
  next: 'Prochaine étape',
  stageDone: 'Franchie',
  stageCurrent: 'Étape actuelle',
  stageUpcoming: 'À venir',
  done: 'Passé',
  scheduled: 'Prévu',
  tentative: 'Provisoire',
  cancelled: 'Annulé',
  noDateSet: 'Pas de date fixée',
  notFoundQuote: 'Aucune citation « {id} » dans l’histoire « {story} ».',
  notFoundSpeaker: 'Aucun auteur « {id} » dans l’histoire « {story} ».',
  noQuotes: 'L’histoire « {story} » ne contient aucune citation.',
  notFoundParty: 'Aucune partie « {id} » dans l’histoire « {story} ».',
  notFoundIssue: 'Aucun sujet « {id} » dans l’histoire « {story} ».',
  noNegotiation: 'L’histoire « {story} » n’a pas de partie négociation.',
  notFoundStage: 'Aucune étape « {id} » dans l’histoire « {story} ».',
  statusParties: 'Parties',
  statusIssue: 'Sujet : {title}',
  statusEarlierEvents: 'Afficher les événements antérieurs ({n})',
};

const uk: Strings = {
  loading: 'Завантаження…',
  errorTitle: 'Не вдалося показати цей віджет',
  copyQuote: 'Копіювати цитату',
  copied: 'Скопійовано',
  copyFailed: 'Не вдалося скопіювати',
  showFullQuote: 'Показати всю цитату',
  showLess: 'Згорнути',
  source: 'Джерело',
  updated: 'Оновлено {date}',
  asOf: 'Станом на {date}',
  dayOfWar: '{n}-й день війни',
  issues: 'Питання',
  legend: 'Легенда',
  supports: 'За',
  opposes: 'Проти',
  conditional: 'За умов',
  unclear: 'Неясно',
  'not-stated': 'Не заявлено',
  matrixPartyCount: 'one:{n} сторона|few:{n} сторони|many:{n} сторін|other:{n} сторони',
  matrixIssueCount: 'one:{n} питання|few:{n} питання|many:{n} питань|other:{n} питання',
  matrixSummary: '{parties}, {issues}.',
  matrixIssueSummary: '{issue}: {counts}.',
  matrixCountSupports: '{n} за',
  matrixCountOpposes: '{n} проти',
  matrixCountConditional: '{n} за умов',
  matrixCountUnclear: '{n} неясно',
  matrixCountNotStated: '{n} не заявлено',
  matrixLegendSupports: 'За, як повідомляє стаття',
  matrixLegendOpposes: 'Проти, як повідомляє стаття',
  matrixLegendConditional: 'За, але лише за певних умов',
  matrixLegendUnclear: 'Позицію згадано, але вона неоднозначна',
  matrixLegendNotStated: 'Стаття не повідомляє про позицію',
  matrixPositionOf: '{party}: {issue}',
  matrixHighlighted: 'виділено',
  evidence: 'Докази',
  reportedByArticle: 'За даними статті',
  close: 'Закрити',
  stages: 'Етапи',
  timeline: 'Хронологія',
  obstacles: 'Перешкоди',
  next: 'Далі',
  stageDone: 'Пройдено',
  stageCurrent: 'Поточний етап',
  stageUpcoming: 'Попереду',
  done: 'Відбулося',
  scheduled: 'Заплановано',
  tentative: 'Попередньо',
  cancelled: 'Скасовано',
  noDateSet: 'Дату не визначено',
  notFoundQuote: 'Цитати «{id}» немає в історії «{story}».',
  notFoundSpeaker: 'Автора «{id}» немає в історії «{story}».',
  noQuotes: 'В історії «{story}» немає цитат.',
  notFoundParty: 'Сторони «{id}» немає в історії «{story}».',
  notFoundIssue: 'Питання «{id}» немає в історії «{story}».',
  noNegotiation: 'В історії «{story}» немає розділу про переговори.',
  notFoundStage: 'Етапу «{id}» немає в історії «{story}».',
  statusParties: 'Сторони',
  statusIssue: 'Питання: {title}',
  statusEarlierEvents: 'Показати попередні події ({n})',
};

const ar: Strings = {
  loading: 'جارٍ التحميل…',
  errorTitle: 'تعذّر عرض هذه الأداة',
  copyQuote: 'نسخ الاقتباس',
  copied: 'تم النسخ',
  copyFailed: 'تعذّر النسخ',
  showFullQuote: 'عرض الاقتباس كاملًا',
  showLess: 'عرض أقل',
  source: 'المصدر',
  updated: 'حُدّث في {date}',
  asOf: 'حتى {date}',
  dayOfWar: 'اليوم {n} من الحرب',
  issues: 'القضايا',
  legend: 'مفتاح الرموز',
  supports: 'يؤيد',
  opposes: 'يعارض',
  conditional: 'بشروط',
  unclear: 'غير واضح',
  'not-stated': 'غير مُعلن',
  matrixPartyCount: 'zero:لا أطراف|one:طرف واحد|two:طرفان|few:{n} أطراف|many:{n} طرفًا|other:{n} طرف',
  matrixIssueCount: 'zero:لا قضايا|one:قضية واحدة|two:قضيتان|few:{n} قضايا|many:{n} قضية|other:{n} قضية',
  matrixSummary: '{parties} و{issues}.',
  matrixIssueSummary: '{issue}: {counts}.',
  matrixCountSupports: 'يؤيد: {n}',
  matrixCountOpposes: 'يعارض: {n}',
  matrixCountConditional: 'بشروط: {n}',
  matrixCountUnclear: 'غير واضح: {n}',
  matrixCountNotStated: 'غير مُعلن: {n}',
  matrixLegendSupports: 'يؤيد، بحسب المقال',
  matrixLegendOpposes: 'يعارض، بحسب المقال',
  matrixLegendConditional: 'يؤيد بشروط فقط',
  matrixLegendUnclear: 'وردت مواقف لكنها ملتبسة',
  matrixLegendNotStated: 'لا يذكر المقال أي موقف',
  matrixPositionOf: '{party}: {issue}',
  matrixHighlighted: 'مُبرَز',
  evidence: 'الأدلة',
  reportedByArticle: 'بحسب المقال',
  close: 'إغلاق',
  stages: 'المراحل',
  timeline: 'التسلسل الزمني',
  obstacles: 'العقبات',
  next: 'التالي',
  stageDone: 'مكتملة',
  stageCurrent: 'المرحلة الحالية',
  stageUpcoming: 'قادمة',
  done: 'جرى',
  scheduled: 'مقرر',
  tentative: 'مبدئي',
  cancelled: 'أُلغي',
  noDateSet: 'لم يُحدَّد موعد',
  notFoundQuote: 'لا يوجد اقتباس «{id}» في القصة «{story}».',
  notFoundSpeaker: 'لا يوجد متحدث «{id}» في القصة «{story}».',
  noQuotes: 'لا تحتوي القصة «{story}» على اقتباسات.',
  notFoundParty: 'لا يوجد طرف «{id}» في القصة «{story}».',
  notFoundIssue: 'لا توجد قضية «{id}» في القصة «{story}».',
  noNegotiation: 'لا تحتوي القصة «{story}» على جزء عن المفاوضات.',
  notFoundStage: 'لا توجد مرحلة «{id}» في القصة «{story}».',
  statusParties: 'الأطراف',
  statusIssue: 'القضية: {title}',
  statusEarlierEvents: 'عرض الأحداث السابقة ({n})',
};

const STRINGS: Record<SupportedLanguage, Strings> = { en, de, fr, uk, ar };

/** Opening and closing quotation marks, by language. */
const QUOTE_MARKS: Record<SupportedLanguage, readonly [string, string]> = {
  en: ['“', '”'],
  de: ['„', '“'],
  fr: ['«\u202f', '\u202f»'],
  uk: ['«', '»'],
  ar: ['«', '»'],
};

export interface Locale {
  /** The page's tag as given (e.g. "de-AT"), for `Intl`; "en" when none is set. */
  tag: string;
  /** The language whose strings are used. */
  language: SupportedLanguage;
  strings: Strings;
  quoteMarks: readonly [string, string];
}

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return Object.prototype.hasOwnProperty.call(STRINGS, value);
}

/** Builds a locale from a BCP 47 tag; unknown or malformed tags fall back to English. */
const locales = new Map<string, Locale>();

export function localeFor(tag: string | null | undefined): Locale {
  const cleaned = (tag ?? '').trim();
  // Every widget asks on every update: one Locale object per tag keeps that cheap and stable.
  let locale = locales.get(cleaned);
  if (!locale) {
    locale = buildLocale(cleaned);
    if (locales.size < 100) locales.set(cleaned, locale);
  }
  return locale;
}

function buildLocale(cleaned: string): Locale {
  let canonical = 'en';
  try {
    canonical = cleaned ? (Intl.getCanonicalLocales(cleaned)[0] ?? 'en') : 'en';
  } catch {
    canonical = 'en';
  }
  const subtag = canonical.split('-')[0]!.toLowerCase();
  const language: SupportedLanguage = isSupportedLanguage(subtag) ? subtag : 'en';
  const intlTag = language === subtag ? canonical : 'en';
  return { tag: intlTag, language, strings: STRINGS[language], quoteMarks: QUOTE_MARKS[language] };
}

/** The language of the nearest `[lang]` ancestor, crossing shadow roots. */
export function pageLanguage(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}
