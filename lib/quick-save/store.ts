import {
  buildContact,
  createTask,
  events,
  linkProfile,
  logInteraction,
  normalizeContact,
  saveFromSnapshot,
  type GuildDatabase,
} from '../db';
import type { Contact } from '../schemas/contact';
import type { QuickSavePlan, QuickSaveWho } from './plan';

/** What a quick-save wrote, by id. */
export interface StoredQuickSave {
  contactId: number;
  interactionId: number;
  taskIds: number[];
}

function patched(contact: Contact, plan: QuickSavePlan, now: number): Contact {
  const projects = [...contact.projects];
  for (const p of plan.contactPatch.projects) if (!projects.includes(p)) projects.push(p);
  return normalizeContact({
    ...contact,
    projects,
    ...(!contact.howWeMet && plan.contactPatch.howWeMet && { howWeMet: plan.contactPatch.howWeMet }),
    updatedAt: now,
  });
}

async function contactFor(db: GuildDatabase, who: QuickSaveWho, plan: QuickSavePlan, now: number) {
  if (who.kind === 'name') {
    const contact = buildContact({ name: plan.name, ...plan.contactPatch }, now);
    return (await db.contacts.add(contact)) as number;
  }
  // The person on this page is someone saved from another site (the user confirmed the name
  // match): link this profile to them first, so the save below updates them instead of
  // creating a second record for the same person.
  if (
    who.kind === 'snapshot' &&
    who.contact?.id !== undefined &&
    !who.contact.profiles.some((p) => p.key === who.snapshot.profile.key)
  ) {
    await linkProfile(db, who.contact.id, who.snapshot.profile, now);
  }
  const base =
    who.kind === 'snapshot'
      ? await saveFromSnapshot(db, who.snapshot, now, who.corrections)
      : await db.contacts.get(who.contact.id ?? -1);
  if (base?.id === undefined) throw new Error('the contact to update no longer exists');
  await db.contacts.put({ ...patched(base, plan, now), id: base.id });
  return base.id;
}

/**
 * Write a quick-save plan in one transaction: the contact (saved from the
 * page, updated, or created by name), the conversation, its follow-up tasks
 * and the event's list of people met. All of it, or nothing.
 */
export function storeQuickSave(
  db: GuildDatabase,
  who: QuickSaveWho,
  plan: QuickSavePlan,
  now = Date.now(),
): Promise<StoredQuickSave> {
  return db.transaction('rw', [db.contacts, db.interactions, db.tasks, db.events], async () => {
    const contactId = await contactFor(db, who, plan, now);
    const interaction = await logInteraction(db, { ...plan.interaction, contactId }, now);
    const taskIds: number[] = [];
    for (const task of plan.tasks) {
      const saved = await createTask(
        db,
        {
          ...task,
          contactId,
          interactionId: interaction.id,
          ...(plan.eventId !== undefined && { eventId: plan.eventId }),
        },
        now,
      );
      taskIds.push(saved.id);
    }
    if (plan.eventId !== undefined) {
      const event = await events.get(db, plan.eventId);
      if (event && !event.contactIds.includes(contactId)) {
        await events.update(db, plan.eventId, { contactIds: [...event.contactIds, contactId] });
      }
    }
    return { contactId, interactionId: interaction.id, taskIds };
  });
}
