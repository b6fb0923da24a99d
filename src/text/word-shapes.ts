/**
 * Shapes of Arabic words, on normalized forms (src/text/normalize.ts: ة → ه, hamza forms of alef → ا) without the
 * article: small pure tests the quotation and event stages share.
 */

/**
 * Verbal nouns of derived verbs: مفاعلة، افتعال، استفعال (مبايعه، مقاطعه، اعتقال، استقبال). Never a person's title or a
 * body. Not تفعيل, which is also the shape of تنظيم ("تنظيم داعش"), nor إفعال, also the plural أفعال of people (أنصار).
 */
export const DERIVED_VERBAL_NOUN = /^(?:م[^ا]ا[^ا][^ا]ه|ا[^ا]ت[^ا]ا[^ا]|است[^ا][^ا]ا[^ا])$/;

/** The same with تفعيل and the sound feminine plurals: تفجير، تصريحات، اعتداءات، مواجهات (where تنظيم cannot occur). */
export const DERIVED_VERBAL_NOUN_OR_PLURAL = /^(?:ت[^ا][^ا]ي[^ا](?:ات)?|ا[^ا]ت[^ا]ا[^ا](?:ات)?|است[^ا][^ا]ا[^ا](?:ات)?|م[^ا]ا[^ا][^ا](?:ه|ات))$/;
