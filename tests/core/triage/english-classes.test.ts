/**
 * English wording classes of session 10 (probes-en4): a break-in told as what was found, someone lying on the
 * ground, the railway and a bridge railing, nuisance noise night after night, and a relative who was hurt (not the
 * one who hurts).
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('English wording classes (session 10)', () => {
  it.each([
    ['someone busted the lock on my shed overnight and nicked all me power tools', 'burglary'],
    ['someones done the side door on our garage overnight, lock hanging off and both bikes are gone', 'burglary'],
    ['just got home and me front door is after being kicked in, laptop and telly gone, place is wrecked', 'burglary'],
    ['came home and my front door is open and my laptop is gone', 'burglary'],
    ['someone broke into my car and took my bag', 'theft'],
    ['my backpack was stolen from the hostel locker room', 'theft'],
    ['bad wreck on I-40 by exit 12', 'traffic'],
    ['got one uncle lying down at the void deck not moving, got vomit beside him', 'medical'],
    ['Grandma Grace fell down the basement stairs and isnt answering me', 'medical'],
    ['theres a lad sat on the wrong side of the railings on the footbridge over the M62', 'self_harm'],
    ['a fella just fell down onto the tracks at the station, hes hurt and cant get up', 'rescue'],
    ['my neighbour sing karaoke every night until 1am very noisy, we cannot sleep', 'non_police'],
    ['NEIGHBOUR PLAYING BASS TILL 4AM EVERY NIGHT FOR A MONTH!!!', 'non_police'],
    ['party next door going off, music blaring and people yelling in the yard, its 1am', 'disorder'],
    ['two fellas fightin out front of the bar, one got a bottle', 'violence'],
    ['someone stole my gun from my truck', 'theft'],
    ['my purse got flicked in bus no 500D', 'theft'],
    ['one guy raba my sister in the lift just now', 'sexual_assault'],
    ['theres a van been sittin outside three nights in a row, two guys just watchin the hooses', 'suspicious'],
    ['my colleague lock herself in office toilet and cutting her wrist', 'self_harm'],
    ['my neighbours dog attacked my kid, his arm is all ripped', 'medical'],
    ['he set his dog on me and the dog bit my leg', 'violence'],
    ['my neighbor just said hell shoot me and my dog if it barks again', 'threat'],
    ['my husband has a gun and says hell shoot us', 'domestic_violence'],
  ] as const)('%j → %s', (text, category) => {
    expect(run(text).category).toBe(category);
  });

  it('a relative hurt by someone else or by accident is not domestic violence', () => {
    const yes = { facts: { danger: 'yes' as const } };
    expect(run('come quick my uncle got cut his buddy done it with a pocket knife', yes).category).toBe('violence');
    expect(run('our dairy just got robbed, 2 guys took the smokes. my dad cut his hand', yes).category).toBe('robbery');
    expect(run('my dad is beating my mum', yes).category).toBe('domestic_violence');
    // A weapon shown, then something taken: read by meaning once the danger screen said yes.
    expect(run('dude pulled a gat on me n took my whip', yes).category).toBe('robbery');
    expect(run('hes hitting my mum again', yes).category).toBe('domestic_violence');
  });
});
