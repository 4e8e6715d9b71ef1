// Table tests per relation rule of the registry: each row is a text and the claims it must (and must not)
// give, as "TYPE source -> target"; denied and hypothetical claims are listed with their polarity.
import { describe, expect, it } from "vitest";
import { extractArticle, toCanonical } from "../../../server/core/extraction/index.ts";
import { RELATION_RULES } from "../../../server/core/extraction/rules/index.ts";

function claims(text: string, rule?: string): string[] {
  const g = toCanonical(extractArticle({ text }));
  const name = (id: string): string => g.entities.find((e) => e.id === id)?.name ?? id;
  return g.relations
    .filter((r) => !rule || r.rule === rule)
    .map((r) => `${r.type} ${name(r.source)} -> ${name(r.target)}${r.polarity ? ` (${r.polarity})` : ""}`);
}

type Row = [text: string, has: string[], hasNot?: string[]];

const TABLES: Record<string, Row[]> = {
  "condemn-verb": [
    ["The EU condemned Azerbaijan's offensive on Tuesday.", ["CONDEMNED European Union -> Azerbaijan"]],
    [
      'The Security Council "condemned the assault by the Rapid Support Forces on El-Fasher".',
      ["CONDEMNED United Nations Security Council -> Rapid Support Forces"],
      ["CONDEMNED United Nations Security Council -> El-Fasher"],
    ],
    ["Chile summoned the Peruvian ambassador on Monday.", ["CONDEMNED Chile -> Peru"]],
    ["Ghana did not condemn Togo.", ["CONDEMNED Ghana -> Togo (denied)"], ["CONDEMNED Ghana -> Togo"]],
    // a verb without its own subject takes the clause it hangs on; its polarity is its own clause's
    [
      "Talks opened. Defense Secretary Ana Rivas went further, accusing Chile of bullying.",
      ["CONDEMNED Ana Rivas -> Chile"],
    ],
    ["Talks opened. Peru, which has already sanctioned Bolivia, said nothing.", ["CONDEMNED Peru -> Bolivia"]],
    [
      "Talks opened. Peru, which has not sanctioned Bolivia, said nothing.",
      ["CONDEMNED Peru -> Bolivia (denied)"],
      ["CONDEMNED Peru -> Bolivia"],
    ],
    [
      "Talks opened. Peru warned that Chile would not return and accused Bolivia of lying.",
      ["CONDEMNED Peru -> Bolivia"],
      ["CONDEMNED Peru -> Bolivia (denied)"],
    ],
    ["Talks opened. Neither Peru nor Chile condemned Bolivia.", ["CONDEMNED Peru -> Bolivia (denied)"]],
    [
      "Talks opened. Ana Rivas, one of the two sanctioned Peruvian officials, told reporters nothing.",
      [],
      ["CONDEMNED Ana Rivas -> Peru"],
    ],
    // the act charged is no part of the target, nor is the owner of the accused person's title
    ["Talks opened. Peru accused Chile of arming Bolivia.", ["CONDEMNED Peru -> Chile"], ["CONDEMNED Peru -> Bolivia"]],
    [
      "Talks opened. Chile accused Bolivian President Luis Arce of lying.",
      ["CONDEMNED Chile -> Luis Arce"],
      ["CONDEMNED Chile -> Bolivia"],
    ],
  ],
  "condemn-phrase": [
    ["Italy officially lodged a protest with Israel over the shooting.", ["CONDEMNED Italy -> Israel"]],
    ["Canada imposed sanctions on Belarus last week.", ["CONDEMNED Canada -> Belarus"]],
  ],
  "demand-stop": [
    ["Norway called on Sudan to stop the bombing.", ["CONDEMNED Norway -> Sudan"]],
    ["Armenia calls on Russian peacekeepers to intervene in the region.", [], ["CONDEMNED Armenia -> Russia"]],
  ],
  "condemn-noun": [["Brazil's condemnation of Venezuela surprised observers.", ["CONDEMNED Brazil -> Venezuela"]]],
  "title-affiliation": [
    ["Italy’s Prime Minister Giorgia Meloni spoke on Friday.", ["MEMBER_OF Giorgia Meloni -> Italy"]],
    ["Lithuanian President Gitanas Nausėda spoke on Friday.", ["MEMBER_OF Gitanas Nausėda -> Lithuania"]],
    // an office in apposition before a ranked name, and a coordinated title sharing the first one's owner
    ["Chad's military ruler, General Mahamat Deby, spoke on Friday.", ["MEMBER_OF Mahamat Deby -> Chad"]],
    ["Peru's top government spokesman, Chief Cabinet Secretary Ana Rivas, spoke.", ["MEMBER_OF Ana Rivas -> Peru"]],
    [
      "Talks opened on Monday. Chilean Minister of Foreign Affairs Juan Soto and Minister of Defense Maya Fernandez spoke.",
      ["MEMBER_OF Juan Soto -> Chile", "MEMBER_OF Maya Fernandez -> Chile"],
    ],
    ["In Chad, General Mahamat Deby spoke on Friday.", [], ["MEMBER_OF Mahamat Deby -> Chad"]],
  ],
  "apposition-role": [
    [
      "Anna Berg, a senior researcher at the Swedish Defence Research Agency, spoke.",
      ["MEMBER_OF Anna Berg -> Swedish Defence Research Agency"],
    ],
  ],
  "role-of-before": [
    [
      "Talks opened. Talks were led by the head of Peru's National Intelligence Directorate, Ana Rivas, in Lima.",
      ["MEMBER_OF Ana Rivas -> Peruvian National Intelligence Directorate"],
    ],
    [
      "Talks opened. The President of Chile's Water Commission, Dr. Luis Soto, spoke.",
      ["MEMBER_OF Luis Soto -> Chilean Water Commission"],
    ],
  ],
  "speech-verb": [
    ["Ghana's president John Mahama said Togo would help.", ["SAID John Mahama -> Togo"]],
    // "they" after a sentence whose subject is a body is that body
    [
      "Talks opened. Addressing the crisis in Peru, ECOWAS reiterated its support for Peru. They insisted that Chile would pay.",
      ["SAID ECOWAS -> Chile"],
    ],
    // the outlet that carried the words is no target
    [
      "Talks opened. Ghana said on its Telegram channel that Togo would help.",
      ["SAID Ghana -> Togo"],
      ["SAID Ghana -> Telegram"],
    ],
  ],
  "according-to": [
    [
      "Talks opened.\n\nLIMA, May 2 (Reuters) - Bolivia summoned a Chilean diplomat on Monday after Chilean vessels " +
        "fired at a boat, according to the Peruvian Navy.",
      ["REPORTED Peruvian Navy -> Bolivia"],
      // the dateline's place and agency are no part of the statement
      ["REPORTED Peruvian Navy -> Reuters", "REPORTED Peruvian Navy -> LIMA"],
    ],
  ],
  "told-outlet": [
    [
      "Ivo Sild told newspaper Postimees that Finland was ready.",
      ["REPORTED Postimees -> Ivo Sild", "REPORTED Postimees -> Finland", "SAID Ivo Sild -> Finland"],
      ["SAID Ivo Sild -> Postimees"],
    ],
  ],
  "troops-located": [
    ["Some 500 Turkish soldiers are stationed in Qatar.", ["DEPLOYED Turkey -> Qatar"]],
    // nearness is no presence
    ["Talks opened. Turkish troops were massed near Syria, officials said.", [], ["DEPLOYED Turkey -> Syria"]],
    ["Talks opened. Peru sent reinforcements to Bolivia.", ["DEPLOYED Peru -> Bolivia"]],
    [
      "Diplomats discussed the possibility of Chadian troops joining the force in Niger.",
      ["DEPLOYED Chad -> Niger (hypothetical)"],
      ["DEPLOYED Chad -> Niger"],
    ],
  ],
  "deploy-verb": [["Rwanda deployed 1,000 soldiers to Mozambique.", ["DEPLOYED Rwanda -> Mozambique"]]],
  "military-operation": [
    [
      "Azerbaijan on Tuesday launched a military operation in Nagorno-Karabakh.",
      ["DEPLOYED Azerbaijan -> Nagorno-Karabakh"],
    ],
  ],
  "treaty-between": [
    [
      "The Treaty of Friendship between Peru and Chile was signed.",
      ["PARTY_TO Peru -> Treaty of Friendship", "PARTY_TO Chile -> Treaty of Friendship"],
    ],
  ],
};

describe("relation rules", () => {
  it("every rule has a unique id, a claim type and a confidence in (0, 1]", () => {
    const ids = RELATION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RELATION_RULES) expect(r.confidence > 0 && r.confidence <= 1, r.id).toBe(true);
  });
  for (const [rule, rows] of Object.entries(TABLES)) {
    it(`${rule}: is a registered rule`, () => expect(RELATION_RULES.map((r) => r.id)).toContain(rule));
    rows.forEach(([text, has, hasNot = []], i) => {
      it(`${rule} #${i + 1}: ${text.slice(0, 60)}`, () => {
        const got = claims(text);
        for (const h of has) expect(got, `${rule}: ${text}`).toContain(h);
        for (const h of hasNot) expect(got, `${rule}: ${text}`).not.toContain(h);
      });
    });
  }
});
