/** Who runs the demo install: a made-up partnership in the made-up district of Harrowdale. */
export const DEMO_SITE_SETTINGS = {
  name: 'Harrowdale Community Plans',
  organisation: 'Harrowdale Community Planning Partnership',
  contactEmail: 'plans@harrowdale.example.org',
  contactPhone: '01632 960 123',
  postalAddress: 'Harrowdale Community Planning Partnership\nThe Corn Exchange\nMarket Place\nKestwick\nHD1 2AB',
  accentColour: '#1d5c45',
  footerLinks: [{ label: 'Harrowdale District Council', url: 'https://www.example.org/harrowdale-council' }],
}
