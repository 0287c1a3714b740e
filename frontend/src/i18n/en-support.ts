// English messages for the support inbox, ticket drawer and new-ticket form.
export const supportMessages = {
  support: {
    title: 'Support',
  },
}
