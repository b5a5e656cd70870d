import { ApplicationStatus, type BusinessCalendar, type QueuePriorities, type SupportContact } from '@cep/shared';
import type { DemoPledge } from './demo-pledges.ts';

interface DemoVendor {
  ownerEmail: string;
  ownerName: string;
  pledge: DemoPledge;
  calendar?: BusinessCalendar;
  profile: {
    name: string;
    slug: string;
    website: string;
    category: string;
    description: string;
    supportContact: SupportContact | null;
    queuePriorities: QueuePriorities | null;
    badgeDomains: string[];
  };
}

const priorities: QueuePriorities = {
  low: { description: 'Questions and how-to requests', targetMinutes: 480 },
  medium: { description: 'A feature is degraded for some users', targetMinutes: 240 },
  high: { description: 'The platform is down or data is at risk', targetMinutes: 60 },
};

/**
 * The first demo vendor's team beyond its owner: a member who joined (signs in with the demo
 * vendors' password) and one invitation still pending, so the team page shows every action.
 */
export const DEMO_TEAM = {
  member: { email: 'support-lead@acme-learning.example', name: 'Sam Support' },
  invited: { email: 'new-hire@acme-learning.example' },
};

/** Demo vendors across the categories, so a newcomer sees a full directory on first start. */
export const DEMO_VENDORS: DemoVendor[] = [
  {
    ownerEmail: 'owner@acme-learning.example',
    ownerName: 'Ada Lovelace',
    pledge: { kind: 'active-with-history' },
    calendar: {
      timeZone: 'America/New_York',
      weekly: { mon: [['08:00', '18:00']], tue: [['08:00', '18:00']], wed: [['08:00', '18:00']], thu: [['08:00', '18:00']], fri: [['08:00', '17:00']] },
      holidays: ['2026-11-26', '2026-12-25'],
    },
    profile: {
      name: 'Acme Learning',
      slug: 'acme',
      website: 'https://acme-learning.example',
      category: 'lms',
      description: 'A learning management system for mid-size companies.',
      supportContact: { name: 'Acme Customer Care', kind: 'team', email: 'care@acme-learning.example', phone: '+1 555 0100' },
      queuePriorities: priorities,
      badgeDomains: ['acme-learning.example'],
    },
  },
  {
    ownerEmail: 'owner@brightpath.example',
    ownerName: 'Grace Hopper',
    pledge: { kind: 'lapsed' },
    calendar: {
      timeZone: 'Europe/Paris',
      weekly: { mon: [['09:00', '12:30'], ['13:30', '18:00']], tue: [['09:00', '12:30'], ['13:30', '18:00']], wed: [['09:00', '12:30'], ['13:30', '18:00']], thu: [['09:00', '12:30'], ['13:30', '18:00']], fri: [['09:00', '12:30'], ['13:30', '17:00']] },
      holidays: ['2026-12-25', '2027-01-01'],
    },
    profile: {
      name: 'BrightPath LXP',
      slug: 'brightpath',
      website: 'https://brightpath.example',
      category: 'lxp',
      description: 'A learning experience platform that recommends what to learn next.',
      supportContact: { name: 'Grace Hopper', kind: 'person', email: 'grace@brightpath.example' },
      queuePriorities: priorities,
      badgeDomains: ['brightpath.example', 'www.brightpath.example'],
    },
  },
  {
    ownerEmail: 'owner@authorly.example',
    ownerName: 'Alan Turing',
    pledge: { kind: 'pending' },
    profile: {
      name: 'Authorly',
      slug: 'authorly',
      website: 'https://authorly.example',
      category: 'authoring-tool',
      description: 'Course authoring in the browser.',
      supportContact: null,
      queuePriorities: null,
      badgeDomains: ['authorly.example'],
    },
  },
  {
    ownerEmail: 'owner@contentcraft.example',
    ownerName: 'Katherine Johnson',
    pledge: {
      kind: 'suspended',
      reason: 'Checkpoint data missing for two periods and three unanswered complaints.',
      reasonCategory: 'complaints',
      appeal: 'Our support lead left in the spring; a new team is in place and the missing data is being compiled. Please reinstate us once it is submitted.',
    },
    profile: {
      name: 'ContentCraft',
      slug: 'contentcraft',
      website: 'https://contentcraft.example',
      category: 'content-provider',
      description: 'A library of ready-made compliance and soft-skills courses.',
      supportContact: { name: 'Support desk', kind: 'team', email: 'help@contentcraft.example' },
      queuePriorities: priorities,
      badgeDomains: ['contentcraft.example'],
    },
  },
  {
    ownerEmail: 'owner@talentgrid.example',
    ownerName: 'Edsger Dijkstra',
    pledge: { kind: 'active-this-period' },
    profile: {
      name: 'TalentGrid',
      slug: 'talentgrid',
      website: 'https://talentgrid.example',
      category: 'talent-hr-system',
      description: 'Talent and performance management.',
      supportContact: { name: 'TalentGrid Support', kind: 'team', email: 'support@talentgrid.example' },
      queuePriorities: priorities,
      badgeDomains: ['talentgrid.example'],
    },
  },
  {
    ownerEmail: 'owner@northwind.example',
    ownerName: 'Margaret Hamilton',
    pledge: { kind: 'active-returned', notes: 'The NPS invited count (600) is lower than the responses you reported last period; please check the survey export and correct the survey population.' },
    calendar: {
      timeZone: 'Europe/Berlin',
      weekly: {
        mon: [['08:00', '12:00'], ['13:00', '17:00']],
        tue: [['08:00', '12:00'], ['13:00', '17:00']],
        wed: [['08:00', '12:00'], ['13:00', '17:00']],
        thu: [['08:00', '12:00'], ['13:00', '17:00']],
        fri: [['08:00', '12:00'], ['13:00', '15:00']],
      },
      holidays: ['2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01'],
    },
    profile: {
      name: 'Northwind Academy',
      slug: 'northwind',
      website: 'https://northwind-academy.example',
      category: 'lms',
      description: 'Compliance training for manufacturers, with a support team in Hamburg.',
      supportContact: { name: 'Northwind Help Desk', kind: 'team', email: 'help@northwind-academy.example', phone: '+49 40 5550100' },
      queuePriorities: priorities,
      badgeDomains: ['northwind-academy.example'],
    },
  },
  {
    ownerEmail: 'owner@legacylearn.example',
    ownerName: 'Charles Babbage',
    pledge: { kind: 'revoked', reason: 'Published checkpoint figures that did not match the ticket export.', reasonCategory: 'checkpoint_data' },
    profile: {
      name: 'LegacyLearn',
      slug: 'legacylearn',
      website: 'https://legacylearn.example',
      category: 'lms',
      description: 'An on-premise LMS.',
      supportContact: null,
      queuePriorities: null,
      badgeDomains: ['legacylearn.example'],
    },
  },
  {
    ownerEmail: 'owner@coursely.example',
    ownerName: 'Frances Allen',
    pledge: { kind: 'withdrawn', reason: 'We are merging into another company.' },
    profile: {
      name: 'Coursely',
      slug: 'coursely',
      website: 'https://coursely.example',
      category: 'other',
      description: 'Course marketplace for small training companies.',
      supportContact: null,
      queuePriorities: null,
      badgeDomains: ['coursely.example'],
    },
  },
];

/** Applications waiting in the admin's queue, and one already turned down. */
export const DEMO_APPLICATIONS = [
  {
    companyName: 'Quizzly',
    website: 'https://quizzly.example',
    category: 'authoring-tool',
    contactName: 'Barbara Liskov',
    contactEmail: 'barbara@quizzly.example',
    contactTitle: 'VP Customer Success',
    message: 'We answer every ticket within the hour and would love to prove it.',
    status: ApplicationStatus.Pending,
  },
  {
    companyName: 'Skillforge',
    website: 'https://skillforge.example',
    category: 'lms',
    contactName: 'Donald Knuth',
    contactEmail: 'don@skillforge.example',
    contactTitle: null,
    message: null,
    status: ApplicationStatus.Pending,
  },
  {
    companyName: 'Spammy Courses',
    website: 'https://spammy.example',
    category: 'other',
    contactName: 'Mallory',
    contactEmail: 'mallory@spammy.example',
    contactTitle: null,
    message: 'Buy now!!!',
    status: ApplicationStatus.Rejected,
    rejectionReason: 'Not a software or service vendor with customers to support.',
    decidedAt: new Date(),
  },
];
