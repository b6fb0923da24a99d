import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActorKB } from '../src/actors/kb.ts';
import { DEFAULT_CONTEXT_WORDS_FILE, loadActorContextWords, parseActorContextWords, type ActorContextWords } from '../src/actors/context-words.ts';
import { RasidError } from '../src/errors.ts';
import { normalize } from '../src/text/normalize.ts';

const SECTIONS = ['stop', 'title_modifiers', 'title_modifiers_indefinite', 'international_adjectives', 'org_force_heads', 'family_name_places', 'posting_prepositions', 'connectors', 'son', 'adjective_titles', 'press_adjectives', 'press_nouns', 'title_place_heads', 'responsible_titles', 'plural_titles', 'suffixed_function_words', 'eponym_heads', 'verb_heads', 'place_heads', 'place_prepositions', 'name_chain', 'titles_need_hamza', 'verbal_noun_bodies', 'common_noun_names', 'common_noun_heads', 'demonstratives', 'eponym_titles', 'eponym_place_heads', 'place_name_heads', 'media_heads', 'media_channel_heads', 'media_report_words', 'media_not_names', 'org_name_suffixes', 'group_heads', 'facility_heads', 'facility_place_heads', 'facility_head_prefixes', 'feature_heads', 'group_adjectives', 'manufacture_words', 'body_heads', 'body_heads_definite', 'body_not_adjectives', 'institution_heads', 'institution_field_stop', 'institution_deputy_titles', 'place_name_dual_heads', 'prayer_before', 'title_first_names', 'ambiguous_ranks', 'apposition_titles', 'nisba_first_names', 'own_country_words', 'member_states', 'un_nisbas', 'continent_country_names', 'region_adjectives', 'short_form_stop', 'import_title_words', 'import_title_prefixes', 'import_org_words', 'import_not_person_heads', 'import_noun_words'];

/** A file with one word in every section, and `extra` appended. */
function minimal(extra = ''): string {
  return SECTIONS.map((s) => `[${s}]\nكلمة\n`).join('\n') + extra;
}

test('the shipped context words: every section read, words normalized', () => {
  const cx = loadActorContextWords();
  const fields = Object.keys(cx) as (keyof ActorContextWords)[];
  assert.equal(fields.length, SECTIONS.length);
  for (const f of fields) assert.ok(cx[f].size > 0, f);
  // written with ta marbuta, alef maqsura and hamza seats, kept normalized
  assert.ok(cx.eponymHeads.has(normalize('مدينة')) && !cx.eponymHeads.has('مدينة'));
  assert.ok(cx.stop.has(normalize('لأن')) && cx.stop.has('علي'));
  assert.ok(cx.placeHeads.has('اقليم'));
  assert.ok(cx.son.has('بن') && cx.connectors.has('فون'));
  // already-normalized words stay as they are
  assert.ok(cx.importOrgWords.has('وزاره') && cx.importTitlePrefixes.has('رييس'));
  // the shipped file's words are all single Arabic words
  for (const f of fields) for (const w of cx[f]) assert.equal(normalize(w), w, `${f}: ${w}`);
});

test('ActorKB keeps the context words it was loaded with', () => {
  const kb = ActorKB.load();
  assert.ok(kb.context.titleModifiers.has('السابق'));
  const dir = mkdtempSync(path.join(tmpdir(), 'rasid-ctx-'));
  try {
    const file = path.join(dir, 'context-words.txt');
    writeFileSync(file, readFileSync(DEFAULT_CONTEXT_WORDS_FILE, 'utf8').replace('[title_modifiers]\n', '[title_modifiers]\nالمزعوم\n'));
    assert.ok(ActorKB.load({ contextFile: file }).context.titleModifiers.has('المزعوم'));
    assert.ok(!kb.context.titleModifiers.has('المزعوم'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('context words: a missing file, an unknown or empty section and a bad line are typed errors naming the file', () => {
  assert.equal(parseActorContextWords(minimal(), 'x.txt').stop.size, 1);
  const missing = path.join(tmpdir(), 'rasid-no-such-context-words.txt');
  assert.throws(() => loadActorContextWords(missing), (e: unknown) => e instanceof RasidError && e.code === 'E_RESOURCE_MISSING' && e.input === missing);
  assert.throws(() => ActorKB.load({ contextFile: missing }), { code: 'E_RESOURCE_MISSING', input: missing });
  const invalid = (text: string, why: RegExp) =>
    assert.throws(() => parseActorContextWords(text, 'x.txt'), (e: unknown) => e instanceof RasidError && e.code === 'E_RESOURCE_INVALID' && e.input === 'x.txt' && why.test(e.message));
  invalid(minimal('[stop_words]\nفي\n'), /unknown section \[stop_words\]/);
  invalid(minimal().replace('[verb_heads]\nكلمة\n', '[verb_heads]\n# none\n'), /\[verb_heads\] is missing or empty/);
  invalid(minimal().replace('[son]\nكلمة\n', ''), /\[son\] is missing or empty/);
  invalid('كلمة\n' + minimal(), /before the first \[section\]/);
  invalid(minimal('[stop]\nفي من\n'), /one Arabic word per line/);
  invalid(minimal('[import-org-words]\n'), /one Arabic word per line/);
});
