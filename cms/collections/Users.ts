import type { CollectionConfig } from 'payload'

import { adminsField } from '../access/fieldAccess'
import { isAdmin } from '../access/isAdmin'
import { ROLES, actorOf, hasRole } from '../access/roles'
import { limitPasswordResets } from '../hooks/passwordResetLimits'
import { forgiveSuccessfulSignIn, limitSignIns } from '../hooks/signInLimits'
import { plainName, textAnd } from '../lib/validators'

export const Users: CollectionConfig = {
  slug: 'users',
  // A copy would carry the original's password and personal details: accounts are made, not copied.
  disableDuplicate: true,
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // No per-account lockout: anyone could lock any account with it. Sign-ins are limited per address instead.
    maxLoginAttempts: 0,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'communities'],
    listSearchableFields: ['name', 'email'],
    group: 'Settings',
  },
  access: {
    admin: ({ req }) => actorOf(req) !== null,
    create: isAdmin,
    read: ({ req }) => {
      const actor = actorOf(req)
      if (!actor) return false
      if (hasRole(actor, 'admin', 'editor')) return true
      return { id: { equals: actor.id } }
    },
    update: ({ req }) => {
      const actor = actorOf(req)
      if (!actor) return false
      if (hasRole(actor, 'admin')) return true
      return { id: { equals: actor.id } }
    },
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [limitSignIns, limitPasswordResets],
    afterLogin: [forgiveSuccessfulSignIn],
    beforeChange: [
      // The very first account (made on the create-first-user screen) must be able to run the site.
      async ({ operation, data, req }) => {
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req })
        return totalDocs === 0 ? { ...data, role: 'admin' } : data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, validate: textAnd(plainName) },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      access: { create: adminsField, update: adminsField },
      admin: {
        position: 'sidebar',
        description: 'Admins manage users and settings. Editors publish anything. Members log influence and draft content for their own communities.',
      },
    },
    {
      name: 'communities',
      type: 'relationship',
      relationTo: 'communities',
      hasMany: true,
      access: { create: adminsField, update: adminsField },
      admin: { description: 'The communities this member acts for.' },
    },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      access: { create: adminsField, update: adminsField },
      admin: { description: 'Clusters this member acts for as a whole (for cluster plans and logs).' },
    },
  ],
}
