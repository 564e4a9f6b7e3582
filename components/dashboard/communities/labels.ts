import type { MessageKey } from '@/lib/i18n';
import type { Community, CommunityPhase } from '@/lib/schemas/library';

export const PLATFORM_LABELS: Record<Community['platform'], MessageKey> = {
  discord: 'commPlatformDiscord',
  slack: 'commPlatformSlack',
  meetup: 'commPlatformMeetup',
  forum: 'commPlatformForum',
  association: 'commPlatformAssociation',
  github: 'commPlatformGithub',
  other: 'commPlatformOther',
};

export const PHASE_LABELS: Record<CommunityPhase, MessageKey> = {
  observe: 'commPhaseObserve',
  participate: 'commPhaseParticipate',
  contribute: 'commPhaseContribute',
  lead: 'commPhaseLead',
};
