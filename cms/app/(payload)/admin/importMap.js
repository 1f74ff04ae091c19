import { ViewOnSite as ViewOnSite_a361072cea92eb97dc228807b860532b } from '../../../components/ViewOnSite'
import { BoundaryPreview as BoundaryPreview_eb2cef58a7ac71c58003052be6d4980d } from '../../../components/boundary/BoundaryPreview'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RowLabelFrom as RowLabelFrom_eab1c2e73f73dca2734e8ba1d22a7feb } from '../../../components/RowLabelFrom'
import { ReachView as ReachView_cb7a383eb558cea66810550e8463ecea } from '../../../responses/ReachView'
import { ResponseDownloads as ResponseDownloads_d5882314e5b97246adafbb7aa20c936f } from '../../../responses/ResponseDownloads'
import { FeedbackFigures as FeedbackFigures_6b7b6e13e46174c77e255d53eed9eaf2 } from '../../../responses/FeedbackFigures'
import { QuestionPicker as QuestionPicker_9e9c6e39c727735818860d4d94b2951f } from '../../../responses/QuestionPicker'
import { ChoicePicker as ChoicePicker_3f645450636101f275f11c945aaf4a2c } from '../../../responses/ChoicePicker'
import { AnswerRowLabel as AnswerRowLabel_250955bce14c44d225337dcc6d3402ff } from '../../../responses/AnswerRowLabel'
import { SubscriberDataActions as SubscriberDataActions_6f5e75131aff89ffaecbfa18dc265b63 } from '../../../newsletters/subscriptions/SubscriberDataActions'
import { NewsletterSendButton as NewsletterSendButton_c2b6fdd670bdc849f6244539dc26bb47 } from '../../../newsletters/NewsletterSendButton'
import { NewsletterPreviewActions as NewsletterPreviewActions_1d9c09ae035c0eec60bec9cd240d8b56 } from '../../../newsletters/NewsletterPreviewActions'
import { MailTextView as MailTextView_71ef3e5d2e840a330059eedb1ceb531e } from '../../../components/mail/MailViews'
import { MailHtmlView as MailHtmlView_71ef3e5d2e840a330059eedb1ceb531e } from '../../../components/mail/MailViews'
import { MailHeadersView as MailHeadersView_71ef3e5d2e840a330059eedb1ceb531e } from '../../../components/mail/MailViews'
import { MailRawView as MailRawView_71ef3e5d2e840a330059eedb1ceb531e } from '../../../components/mail/MailViews'
import { InstallIcon as InstallIcon_88ff48bb32cbc20e84fc61254429df58 } from '../../../components/brand/InstallIcon'
import { InstallLogo as InstallLogo_841ae220d488ffbecd8c0f1844f09b2d } from '../../../components/brand/InstallLogo'
import { SourceCodeLink as SourceCodeLink_ce11b8d80b61cc840deed7c1073e3e6b } from '../../../components/SourceCodeLink'
import { Dashboard as Dashboard_a5eac4eaad8d29098dd8d61707d584f9 } from '../../../dashboard/Dashboard'
import { NotForYourRole as NotForYourRole_168d50c2e990e78cb90a8f8e138fd232 } from '../../../dashboard/NotForYourRole'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/ViewOnSite#ViewOnSite": ViewOnSite_a361072cea92eb97dc228807b860532b,
  "/components/boundary/BoundaryPreview#BoundaryPreview": BoundaryPreview_eb2cef58a7ac71c58003052be6d4980d,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/RowLabelFrom#RowLabelFrom": RowLabelFrom_eab1c2e73f73dca2734e8ba1d22a7feb,
  "/responses/ReachView#ReachView": ReachView_cb7a383eb558cea66810550e8463ecea,
  "/responses/ResponseDownloads#ResponseDownloads": ResponseDownloads_d5882314e5b97246adafbb7aa20c936f,
  "/responses/FeedbackFigures#FeedbackFigures": FeedbackFigures_6b7b6e13e46174c77e255d53eed9eaf2,
  "/responses/QuestionPicker#QuestionPicker": QuestionPicker_9e9c6e39c727735818860d4d94b2951f,
  "/responses/ChoicePicker#ChoicePicker": ChoicePicker_3f645450636101f275f11c945aaf4a2c,
  "/responses/AnswerRowLabel#AnswerRowLabel": AnswerRowLabel_250955bce14c44d225337dcc6d3402ff,
  "/newsletters/subscriptions/SubscriberDataActions#SubscriberDataActions": SubscriberDataActions_6f5e75131aff89ffaecbfa18dc265b63,
  "/newsletters/NewsletterSendButton#NewsletterSendButton": NewsletterSendButton_c2b6fdd670bdc849f6244539dc26bb47,
  "/newsletters/NewsletterPreviewActions#NewsletterPreviewActions": NewsletterPreviewActions_1d9c09ae035c0eec60bec9cd240d8b56,
  "/components/mail/MailViews#MailTextView": MailTextView_71ef3e5d2e840a330059eedb1ceb531e,
  "/components/mail/MailViews#MailHtmlView": MailHtmlView_71ef3e5d2e840a330059eedb1ceb531e,
  "/components/mail/MailViews#MailHeadersView": MailHeadersView_71ef3e5d2e840a330059eedb1ceb531e,
  "/components/mail/MailViews#MailRawView": MailRawView_71ef3e5d2e840a330059eedb1ceb531e,
  "/components/brand/InstallIcon#InstallIcon": InstallIcon_88ff48bb32cbc20e84fc61254429df58,
  "/components/brand/InstallLogo#InstallLogo": InstallLogo_841ae220d488ffbecd8c0f1844f09b2d,
  "/components/SourceCodeLink#SourceCodeLink": SourceCodeLink_ce11b8d80b61cc840deed7c1073e3e6b,
  "/dashboard/Dashboard#Dashboard": Dashboard_a5eac4eaad8d29098dd8d61707d584f9,
  "/dashboard/NotForYourRole#NotForYourRole": NotForYourRole_168d50c2e990e78cb90a8f8e138fd232,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
