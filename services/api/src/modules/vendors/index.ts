/**
 * Vendors: the companies in the program — profile, business calendar, badge domains — and the
 * categories they are listed under. The lowest business module: pledges, accounts and the rest
 * name a vendor; vendors name none of them (a profile's pledge summary is handed in, see
 * `PledgeSummaries`).
 */
export { Category } from './category.entity.ts';
export { Vendor } from './vendor.entity.ts';
export { vendorsRoutes } from './vendors.routes.ts';
export { assertCategoryExists, createVendor, listCategories, type PledgeSummaries, recordStanding, type Standing, toVendorDto, vendorName } from './vendors.service.ts';
