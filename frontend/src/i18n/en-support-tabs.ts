// English messages for the support area's Disputes, Comments and Saved
// replies tabs and the support settings card.
export const supportTabsMessages = {
  supportTabs: {
    placeholder: 'Coming in this release',
  },
}
