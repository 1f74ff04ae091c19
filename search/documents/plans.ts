import { ACTION_STATUS_LABELS, themeLabel } from '../../cms/shared/options'
import { type Lookups, names, themeName } from './lookups'
import { type SearchDocument, type SearchSource, documentId, excerptOf, joinText, plainText, sourceOf, yearOf } from './shape'
import { publicPath } from '../../cms/shared/publicUrls'

/** A plan is one document; each of its actions is another, linking to the action on the plan's page. */
export const planDocuments = (source: SearchSource, lookup: Lookups): SearchDocument[] =>
  source.plans.flatMap((plan) => {
    const owner = { community: plan.community, cluster: plan.cluster }
    const common = {
      source: sourceOf('plans', plan.id),
      community: lookup.placeNames(owner),
      cluster: lookup.clusterName(plan.cluster),
      updated: plan.updatedAt,
    }
    const vision = plainText(plan.vision)
    const actionPartners = (action: { partners?: unknown[] | null }) => names(...(action.partners ?? []).map((partner) => lookup.partnerName(partner)))
    const priorities = (plan.priorities ?? []).map((priority) => joinText(themeLabel(priority.theme), priority.summary))
    const planDocument: SearchDocument = {
      ...common,
      id: documentId('plans', plan.id),
      type: 'plan',
      title: plan.title,
      excerpt: excerptOf(vision || priorities.join('. ')),
      text: joinText(vision, ...priorities),
      url: publicPath.plan(plan.slug),
      year: plan.period.startYear,
      status: plan.supersededBy ? 'replaced' : 'current',
      theme: names(...(plan.priorities ?? []).map((priority) => themeName(priority.theme))),
      partner: names(...(plan.actions ?? []).flatMap(actionPartners)),
    }
    const actions = (plan.actions ?? []).map((action): SearchDocument => ({
      ...common,
      id: documentId('plans', plan.id, `action-${action.id}`),
      type: 'action',
      title: action.title,
      excerpt: excerptOf(action.description || `${themeLabel(action.theme)} action in ${plan.title}.`),
      text: joinText(
        action.description,
        themeLabel(action.theme),
        action.leadGroup,
        ...(action.partners ?? []).map((partner) => lookup.partnerName(partner)),
        lookup.strategyName(action.strategy),
        plan.title,
      ),
      url: publicPath.planAction(plan.slug, action.id),
      year: yearOf(action.targetDate) ?? plan.period.startYear,
      status: ACTION_STATUS_LABELS[action.status],
      theme: names(themeName(action.theme)),
      partner: actionPartners(action),
    }))
    return [planDocument, ...actions]
  })
